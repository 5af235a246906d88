import { get, type Answer } from '../api';
import { add, badge, h, note, section, table } from '../dom';
import { endOfCstDay, formatDate, formatDateTime } from '../format';
import { hashOf, type ViewContext } from '../router';
import { session } from '../session';
import { streamLink, unitLink, yearOf } from './common';
import { yearSelect } from './controls';

type Candidate = Answer<'UnitAssessment'>['escalations'][number];

/** The items shown for one candidate before the rest are folded away. */
const ITEMS_SHOWN = 5;

function itemsCell(candidate: Candidate): HTMLElement {
  const line = (item: Candidate['items'][number]) =>
    h(
      'li',
      null,
      `${item.kindLabel}${item.major ? '（重大）' : ''} `,
      streamLink(item.events[0] ?? { streamId: item.streamId, eventId: '' }, item.id),
      ` 逾期自 ${formatDate(item.overdueSince)}`,
    );
  const shown = candidate.items.slice(0, ITEMS_SHOWN);
  const rest = candidate.items.slice(ITEMS_SHOWN);
  return h(
    'div',
    null,
    h('ul', { class: 'marks' }, shown.map(line)),
    rest.length > 0
      ? h(
          'details',
          null,
          h('summary', null, `另 ${rest.length} 项`),
          h('ul', { class: 'marks' }, rest.map(line)),
        )
      : null,
  );
}

const handledCell = (candidate: Candidate) =>
  candidate.handledBy
    ? [badge('已处理', 'ok'), ' ', streamLink(candidate.handledBy, '问责记录')]
    : badge('待处理', 'provisional');

/** Candidates as a table: form, reasons, items, since, handled (and the unit, on the list page). */
export function escalationTable(
  candidates: ReadonlyArray<Candidate & { unitName?: string; byUnitName?: string }>,
  year: number,
): HTMLElement {
  const withUnits = candidates.some((c) => c.unitName !== undefined);
  return table(
    [...(withUnits ? ['单位', '建议实施单位'] : []), '建议', '事由', '逾期事项', '起始', '处理'],
    candidates,
    (c) => [
      ...(withUnits
        ? [unitLink(c.unitId, c.unitName ?? c.unitId, year), c.byUnitName ?? c.byUnitId]
        : []),
      c.formLabel,
      c.reasonLabels.join('；'),
      itemsCell(c),
      formatDate(c.since),
      handledCell(c),
    ],
    { class: 'escalations' },
    (c) => ({ 'data-form': c.form, 'data-unit': c.unitId }),
  );
}

/** 升级问责建议: the candidates of the reader's scope (or of a unit and those below it). */
export async function escalationsView({ query, root, current }: ViewContext): Promise<void> {
  const year = yearOf(query);
  const unit = query.get('unit') ?? session.scope()?.id ?? undefined;
  const day = query.get('asOf') ?? '';
  const candidates = await get('Escalations', '/escalations', {
    year,
    unitId: unit,
    asOf: day ? endOfCstDay(day) : undefined,
  });
  if (!current()) return;
  const open = candidates.filter((c) => !c.handled).length;
  add(
    root,
    h('h1', null, '升级问责建议'),
    h(
      'div',
      { class: 'controls' },
      yearSelect(year, (y) => (location.hash = hashOf('escalations', { year: y, unit }))),
    ),
    note(
      '逾期超过 30 日的重大隐患或巡查督查问题、或逾期事项 3 项及以上的单位，建议由上级约谈；约谈后 30 日仍逾期的，建议通报。仅供参考，不计分。',
    ),
    section(
      `${year} 年（计算基准日 ${candidates[0] ? formatDateTime(candidates[0].referenceDate) : '—'}）：共 ${candidates.length} 条，待处理 ${open} 条`,
      candidates.length > 0 ? escalationTable(candidates, year) : note('没有升级问责建议。'),
    ),
  );
}
