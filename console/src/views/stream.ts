import { get } from '../api';
import { add, h, link, note, table } from '../dom';
import { formatDateTime } from '../format';
import { hashOf, type ViewContext } from '../router';

/** 审计记录: every event of a stream with its envelope, the one asked for marked. */
export async function streamView({ params, query, root, current }: ViewContext): Promise<void> {
  const streamId = params.streamId;
  const marked = query.get('event');
  const answer = await get('StreamEvents', `/audit/streams/${encodeURIComponent(streamId)}`);
  if (!current()) return;
  add(
    root,
    h('h1', null, '审计记录 ', h('small', null, streamId)),
    h(
      'p',
      { class: 'status' },
      `${answer.events.length} 个事件，按版本顺序；每个事件的哈希链接前一事件的哈希。`,
    ),
    answer.events.length === 0
      ? note('该事件流没有事件。')
      : table(
          ['版本', '位置', '事件类型', '记录时间', '记录人', '数据', '哈希'],
          answer.events,
          (e) => [
            String(e.revision),
            String(e.position),
            e.type,
            formatDateTime(e.recordedAt),
            `${e.actorId}（${e.actorRole}）`,
            h('pre', { class: 'json' }, JSON.stringify(e.data, null, 2)),
            h(
              'code',
              { class: 'hash', title: `前一哈希 ${String(e.metadata.prevHash ?? '')}` },
              String(e.metadata.hash ?? '').slice(0, 16),
            ),
          ],
          { class: 'stream' },
          (e) => ({
            'data-event': e.id,
            id: `event-${e.id}`,
            class: e.id === marked ? 'marked' : null,
          }),
        ),
    h('p', null, link(hashOf('integrity'), '数据完整性校验')),
  );
  if (marked) document.getElementById(`event-${marked}`)?.scrollIntoView({ block: 'center' });
}
