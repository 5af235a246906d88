import { get, readAhead, type Answer } from '../api';
import { mountChart } from '../charts';
import { add, badge, h, note, replace, section, table } from '../dom';
import { formatDate, percent, startOfCstDay } from '../format';
import { hashOf, type ViewContext } from '../router';
import { defaultUnit, recordLink, unitsToPick, unitPicker, yearOf } from './common';
import { yearSelect } from './controls';

type Ledger = Omit<Answer<'HazardLedger'>, 'unitId' | 'months'>;
type Hazard = Answer<'Hazard'>;

/** The three monthly bars and the lists behind them. */
const SERIES = [
  { key: 'identified', name: '排查隐患' },
  { key: 'rectified', name: '已整改' },
  { key: 'overdue', name: '逾期未整改' },
] as const;
type SeriesKey = (typeof SERIES)[number]['key'];

/** The rectification rate a unit must reach (整改率目标). */
const TARGET_RATE = 95;
/** Hazards listed under a bar at most; the rest are counted. */
const LIST_LIMIT = 200;

/**
 * 隐患台账: a unit's twelve months of the year, identified / rectified / overdue as bars and the
 * rectification rate as a line against 95 %; a bar (or a figure of the table) lists its hazards.
 */
export async function hazardsView({ query, root, current }: ViewContext): Promise<void> {
  const year = yearOf(query);
  const unitId = query.get('unit') ?? (await defaultUnit());
  const ledger = unitId
    ? readAhead(get('HazardLedger', '/hazard-ledger', { unitId, year, byMonth: true }))
    : null;
  const units = await unitsToPick();
  if (!current()) return;
  const go = (changes: Record<string, string | number>) =>
    (location.hash = hashOf('hazards', { unit: unitId, year, ...changes }));
  add(
    root,
    h('h1', null, '隐患台账'),
    h(
      'div',
      { class: 'controls' },
      yearSelect(year, (y) => go({ year: y })),
      unitPicker(units, unitId ?? '', (id) => go({ unit: id })),
    ),
  );
  if (!unitId || !ledger) {
    add(root, note('请选择单位。'));
    return;
  }

  const total = await ledger;
  if (!current()) return;
  const ledgers = total.months ?? [];
  const months = ledgers.map((l) => l.period);
  const name = units.find((u) => u.id === unitId)?.name ?? unitId;

  const list = h('div', { class: 'hazard-list', 'aria-live': 'polite' });
  const show = (month: number, key: SeriesKey) => {
    void listHazards(
      list,
      unitId,
      ledgers[month],
      SERIES.find((s) => s.key === key)!.name,
      key,
      current,
    );
  };
  const chart = h('div', {
    class: 'chart',
    role: 'img',
    'aria-label': `${name} ${year} 年各月隐患排查整改情况`,
  });

  add(
    root,
    h(
      'p',
      { class: 'status' },
      `${name} · ${year} 年：排查 ${total.identified}，已整改 ${total.rectified}，整改率 ${percent(total.rectificationRate)}，逾期 ${total.overdue}，上年结转 ${total.carriedOver}，挂牌督办重大隐患 ${total.majorUnderSupervision}`,
    ),
    section('各月排查与整改', chart, monthTable(months, ledgers, show)),
    list,
  );
  const drawn = mountChart(chart, ledgerOption(months, ledgers));
  drawn.on(
    'click',
    (event: { componentSubType?: string; seriesIndex?: number; dataIndex?: number }) => {
      if (
        event.componentSubType !== 'bar' ||
        event.seriesIndex === undefined ||
        event.dataIndex === undefined
      )
        return;
      show(event.dataIndex, SERIES[event.seriesIndex].key);
    },
  );
}

function ledgerOption(months: readonly string[], ledgers: readonly Ledger[]) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: months.map((m) => `${Number(m.slice(5))}月`) },
    yAxis: [
      { type: 'value', name: '件', minInterval: 1 },
      { type: 'value', name: '整改率', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      ...SERIES.map((s) => ({
        name: s.name,
        type: 'bar',
        data: ledgers.map((l) => l[s.key]),
        cursor: 'pointer',
      })),
      {
        name: '整改率',
        type: 'line',
        yAxisIndex: 1,
        data: ledgers.map((l) => l.rectificationRate),
        markLine: {
          symbol: 'none',
          label: { formatter: `目标 ${TARGET_RATE}%` },
          lineStyle: { type: 'dashed', color: '#c0392b' },
          data: [{ yAxis: TARGET_RATE }],
        },
      },
    ],
  };
}

function monthTable(
  months: readonly string[],
  ledgers: readonly Ledger[],
  show: (month: number, key: SeriesKey) => void,
): HTMLTableElement {
  return table(
    ['月份', ...SERIES.map((s) => s.name), '整改率'],
    months.map((m, i) => ({ m, i, ledger: ledgers[i] })),
    ({ m, i, ledger }) => [
      m,
      ...SERIES.map((s) =>
        ledger[s.key] === 0
          ? '0'
          : h(
              'button',
              {
                type: 'button',
                class: 'figure',
                'data-month': m,
                'data-series': s.key,
                onclick: () => show(i, s.key),
              },
              String(ledger[s.key]),
            ),
      ),
      [
        percent(ledger.rectificationRate),
        ledger.identified > 0 && ledger.rectificationRate < TARGET_RATE
          ? badge('未达标', 'veto')
          : null,
      ],
    ],
    { class: 'months' },
    ({ m }) => ({ 'data-month': m }),
  );
}

/** A CST month `YYYY-MM` as [first instant, first instant of the next month), ISO UTC. */
function monthWindow(month: string): [string, string] {
  const [year, m] = month.split('-').map(Number);
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return [startOfCstDay(`${month}-01`), startOfCstDay(next)];
}

/** The hazards behind one bar: the month's ledger with its lists, each hazard read by id. */
async function listHazards(
  target: HTMLElement,
  unitId: string,
  month: Ledger,
  title: string,
  key: SeriesKey,
  current: () => boolean,
): Promise<void> {
  replace(target, h('p', { class: 'loading' }, '正在加载…'));
  const ledger = await get('HazardLedger', '/hazard-ledger', {
    unitId,
    month: month.period,
    items: true,
  });
  const ids = ledger.items?.[key] ?? [];
  const shown = ids.slice(0, LIST_LIMIT);
  // The month's own hazards in one page; those identified earlier (overdue ones) one by one.
  const [from, to] = monthWindow(ledger.period);
  const page = await get('HazardPage', '/hazards', { unitId, from, to, limit: 1000 });
  const known = new Map<string, Hazard>(page.items.map((hz) => [hz.id, hz]));
  const hazards: Hazard[] = await Promise.all(
    shown.map((id) => known.get(id) ?? get('Hazard', `/hazards/${encodeURIComponent(id)}`)),
  );
  if (!current()) return;
  replace(
    target,
    section(
      `${ledger.period} · ${title}（${ids.length} 件）`,
      ids.length > shown.length ? note(`仅列出前 ${shown.length} 件。`) : null,
      table(
        ['隐患', '等级', '描述', '排查日期', '整改期限', '状态', '逾期'],
        hazards,
        (hz) => [
          recordLink('hazards', hz.id),
          hz.levelLabel,
          hz.description,
          formatDate(hz.identifiedAt),
          formatDate(hz.deadline),
          hz.statusLabel,
          hz.overdue ? badge('逾期', 'veto') : '',
        ],
        { class: 'hazards', 'data-series': key, 'data-month': ledger.period },
        (hz) => ({ 'data-hazard': hz.id }),
      ),
    ),
  );
  target.scrollIntoView({ block: 'nearest' });
}
