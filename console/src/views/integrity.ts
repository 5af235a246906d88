import { get } from '../api';
import { add, badge, facts, h, note, section } from '../dom';
import type { ViewContext } from '../router';
import { streamLink } from './common';

/** 数据完整性: every hash and chain recomputed by the service, and its latest anchor. */
export async function integrityView({ root, current }: ViewContext): Promise<void> {
  const started = performance.now();
  const report = await get('Integrity', '/audit/integrity');
  if (!current()) return;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const anchor = report.latestAnchor;
  add(
    root,
    h('h1', null, '数据完整性'),
    section(
      '校验结果',
      h(
        'p',
        { class: 'score-line' },
        report.ok ? badge('完整', 'ok') : badge('已被篡改或损坏', 'veto'),
      ),
      facts([
        ['已校验事件', String(report.checked)],
        ['事件流', String(report.streams)],
        ['最新位置', String(report.lastPosition)],
        ['校验用时', `${seconds} 秒`],
        ...(report.firstBrokenPosition !== undefined
          ? ([['首个断点位置', String(report.firstBrokenPosition)]] as const)
          : []),
      ]),
      report.firstBreak
        ? h('pre', { class: 'json' }, JSON.stringify(report.firstBreak, null, 2))
        : null,
    ),
    section(
      '最新完整性锚点',
      anchor
        ? [
            h('p', null, anchor.ok ? badge('锚点一致', 'ok') : badge('锚点不一致', 'veto')),
            facts([
              ['锚点事件位置', String(anchor.position)],
              ['覆盖至位置', String(anchor.upToPosition)],
              ['根哈希', h('code', { class: 'hash' }, anchor.root)],
              [
                '审计记录',
                streamLink({ streamId: 'integrity-anchors', eventId: '' }, 'integrity-anchors'),
              ],
            ]),
          ]
        : note('尚未记录完整性锚点。', 'warn'),
    ),
  );
}
