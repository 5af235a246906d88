import { STANDING_LABELS } from '../../../src/domain/inquiries/codes';
import { download, get, type Answer } from '../api';
import { add, badge, h, note, section, table, type Child } from '../dom';
import { formatDate, formatDateTime, points } from '../format';
import {
  accountabilityFormLabel,
  agreementStatusLabel,
  incidentGradeLabel,
  misreportingLabel,
  natureLabel,
  postLabel,
} from '../labels';
import { hashOf, type ViewContext } from '../router';
import {
  defaultUnit,
  eventsList,
  personLink,
  recordLink,
  unitLink,
  unitPicker,
  unitsToPick,
} from './common';

type Dossier = Answer<'Dossier'>;

/** 任职人员: persons who held a post in a unit or below it, by name. */
export async function personsView({ query, root, current }: ViewContext): Promise<void> {
  const unitId = query.get('unit') ?? (await defaultUnit());
  const name = query.get('name') ?? '';
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const [units, page] = await Promise.all([
    unitsToPick(),
    get('PersonPage', '/persons', { unitId, name, limit: 50, offset }),
  ]);
  if (!current()) return;
  const nameInput = h('input', {
    name: 'name',
    value: name,
    placeholder: '姓名',
    'aria-label': '姓名',
  });
  const go = (changes: Record<string, string | number | null>) =>
    (location.hash = hashOf('persons', { unit: unitId, name, ...changes }));
  add(
    root,
    h('h1', null, '任职人员'),
    h(
      'div',
      { class: 'controls' },
      unitPicker(units, unitId ?? '', (id) => go({ unit: id, offset: null })),
      h(
        'form',
        {
          class: 'inline',
          onsubmit: (e: Event) => (
            e.preventDefault(),
            go({ name: nameInput.value.trim(), offset: null })
          ),
        },
        nameInput,
        h('button', { type: 'submit' }, '查找'),
      ),
    ),
    h(
      'p',
      { class: 'status' },
      `共 ${page.total} 人，第 ${offset + 1}–${offset + page.items.length} 人`,
    ),
    table(['姓名', '人员编码', '任职'], page.items, (p) => [
      personLink(p.personId, p.names.join(' / ')),
      p.personId,
      h(
        'ul',
        { class: 'marks' },
        p.posts.map((post) =>
          h(
            'li',
            null,
            `${post.unitName} ${postLabel(post.post)}（${formatDate(post.from)}–${post.to ? formatDate(post.to) : '至今'}）`,
          ),
        ),
      ),
    ]),
    h(
      'p',
      { class: 'pager' },
      offset > 0
        ? h(
            'button',
            { type: 'button', onclick: () => go({ offset: Math.max(0, offset - 50) }) },
            '上一页',
          )
        : null,
      offset + page.items.length < page.total
        ? h('button', { type: 'button', onclick: () => go({ offset: offset + 50 }) }, '下一页')
        : null,
    ),
  );
}

/** 个人履职档案: every line of a person's record the reader may see, each with its events. */
export async function personView({ params, root, current }: ViewContext): Promise<void> {
  const personId = params.id;
  const dossier = await get('Dossier', `/persons/${encodeURIComponent(personId)}/dossier`);
  if (!current()) return;
  const status = h('span', { class: 'download-status', role: 'status' });
  add(
    root,
    h('h1', null, dossier.names.join(' / ') || personId, ' ', h('small', null, personId)),
    h(
      'div',
      { class: 'controls' },
      h(
        'button',
        {
          type: 'button',
          'data-download': 'dossier',
          onclick: async () => {
            status.textContent = '正在下载…';
            try {
              const bytes = await download(
                `/persons/${encodeURIComponent(personId)}/dossier.xlsx`,
                {},
                `履职档案-${personId}.xlsx`,
              );
              status.textContent = `已下载（${Math.round(bytes / 1024)} KB）`;
            } catch (error) {
              status.textContent = `下载失败：${error instanceof Error ? error.message : String(error)}`;
            }
          },
        },
        '下载履职档案（Excel）',
      ),
      status,
    ),
    h(
      'p',
      { class: 'status' },
      `读取时间 ${formatDateTime(dossier.readingTime)}${dossier.asOf ? '（按当时已记录的数据）' : ''}`,
    ),
    ...dossierSections(dossier),
  );
}

function dossierSections(d: Dossier): Array<HTMLElement | null> {
  const part = <T>(
    title: string,
    list: readonly T[],
    headers: string[],
    row: (item: T) => readonly Child[],
  ) =>
    list.length === 0 ? null : section(`${title}（${list.length}）`, table(headers, list, row));
  const sections = [
    part('任职经历', d.posts, ['单位', '职务', '分管领域', '起', '止', '依据事件'], (p) => [
      unitLink(p.unitId, `${p.unitName}（${p.unitKindLabel}）`),
      p.postLabel,
      p.portfolioIndustriesLabels.join('、') || '—',
      formatDate(p.from),
      p.to ? formatDate(p.to) : '至今',
      eventsList(p.events),
    ]),
    part(
      '签订的责任书',
      d.agreements,
      ['责任书', '年度', '单位', '职务', '签订', '状态', '依据事件'],
      (a) => [
        recordLink('agreements', a.agreementId),
        String(a.year),
        a.unitName,
        postLabel(a.post),
        formatDate(a.at),
        agreementStatusLabel(a.status),
        eventsList(a.events),
      ],
    ),
    part(
      '任职期间的事故',
      d.incidents,
      ['事故', '单位', '发生时间', '等级', '性质', '伤亡', '身份', '考核扣分', '依据事件'],
      (i) => [
        recordLink('incidents', i.incidentId),
        i.unitName,
        formatDateTime(i.occurredAt),
        incidentGradeLabel(i.grade),
        natureLabel(i.nature),
        `死亡 ${i.deaths}，重伤 ${i.seriousInjuries}`,
        i.standings.map((s) => `${s.unitName} ${STANDING_LABELS[s.as] ?? s.as}`).join('；'),
        i.costs
          .map(
            (c) =>
              `${c.unitName} ${c.year}：${points(c.points, true)}${c.vetoes.length ? '（否决）' : ''}`,
          )
          .join('；') || '—',
        eventsList(i.events),
      ],
    ),
    part(
      '迟报、漏报、谎报、瞒报认定',
      d.misreportingFindings,
      ['事故', '认定', '日期', '依据事件'],
      (m) => [
        recordLink('incidents', m.incidentId),
        misreportingLabel(m.kind),
        formatDate(m.establishedAt),
        eventsList(m.events),
      ],
    ),
    part(
      '调查认定的责任',
      d.liableFindings,
      ['事故', '责任', '认定', '结案日期', '依据事件'],
      (l) => [
        recordLink('incidents', l.incidentId),
        l.role,
        l.finding,
        formatDate(l.concludedAt),
        eventsList(l.events),
      ],
    ),
    part('问责', d.accountabilityActions, ['形式', '决定单位', '日期', '理由', '依据事件'], (a) => [
      accountabilityFormLabel(a.form),
      a.decidingUnitId,
      formatDate(a.decidedAt),
      a.reason,
      eventsList(a.events),
    ]),
    part(
      '取消晋级、提拔资格',
      d.promotionBars,
      ['考核年度', '取消年度', '被否决单位', '事由', '', '依据事件'],
      (b) => [
        String(b.year),
        String(b.barredYear),
        b.unitId,
        b.reason,
        b.provisional ? badge('暂定', 'provisional') : '',
        eventsList(b.events),
      ],
    ),
    part(
      '任职期间逾期的重大隐患',
      d.overdueMajorHazards,
      ['隐患', '描述', '逾期起', '逾期止', '依据事件'],
      (z) => [
        recordLink('hazards', z.hazardId),
        z.description,
        formatDate(z.overdueSince),
        z.overdueUntil ? formatDate(z.overdueUntil) : '仍逾期',
        eventsList(z.events),
      ],
    ),
  ];
  return sections.some(Boolean) ? sections : [note('本账号范围内无该人员的记录。')];
}
