import { get, type Answer } from '../api';
import { add, badge, h, note, replace, table } from '../dom';
import { features } from '../features';
import { cstDay, endOfCstDay, formatDateTime, points } from '../format';
import { KIND_ORDER, kindLabel } from '../labels';
import { hashOf, replaceQuery, type ViewContext } from '../router';
import { session } from '../session';
import { unitLink, yearOf } from './common';
import { yearSelect } from './controls';

type LeagueRow = Answer<'LeagueTable'>['units'][number];

/**
 * A quarter's standings (`GET /assessments/:year/quarters/:q`, 季度考评): league rows with the
 * change since the previous quarter. Read only where the service documents the route.
 */
interface QuarterStandings {
  quarterLabel?: string;
  referenceDate?: string;
  asOf: string | null;
  units: Array<LeagueRow & { change?: number | null }>;
}

const QUARTERS = ['1', '2', '3', '4'] as const;
const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];

/** 考核排名: the league table by unit kind, live, as recorded on a day, or at a quarter's end. */
export async function leagueView({ query, root, current }: ViewContext): Promise<void> {
  const year = yearOf(query);
  const day = query.get('asOf') ?? '';
  const quarter = QUARTERS.find((q) => q === query.get('quarter')) ?? null;
  const asOf = day ? endOfCstDay(day) : undefined;
  const go = (changes: Record<string, string | null>) => {
    const next = {
      year: String(year),
      asOf: day || null,
      quarter,
      kind: query.get('kind'),
      ...changes,
    };
    location.hash = hashOf('league', next);
  };

  const answer: { units: Array<LeagueRow & { change?: number | null }>; asOf: string | null } =
    quarter
      ? await get('LeagueTable', `/assessments/${year}/quarters/${quarter}`, { asOf }).then(
          (q) => q as unknown as QuarterStandings,
        )
      : await get('LeagueTable', `/assessments/${year}`, { asOf });
  if (!current()) return;
  const league = quarter ? null : (answer as Answer<'LeagueTable'>);

  const kinds = KIND_ORDER.filter((kind) => answer.units.some((u) => u.kind === kind));
  let kind = kinds.find((k) => k === query.get('kind')) ?? kinds[0] ?? 'town';

  const quarterSelect = h(
    'select',
    {
      name: 'quarter',
      'aria-label': '季度',
      onchange: () => go({ quarter: quarterSelect.value || null }),
    },
    h('option', { value: '' }, '全年'),
    QUARTERS.map((q, i) => h('option', { value: q, selected: q === quarter }, QUARTER_NAMES[i])),
  );
  const quarterLabel = h('label', { class: 'quarter', hidden: !quarter }, '季度 ', quarterSelect);
  const dayInput = h('input', {
    type: 'date',
    name: 'asOf',
    value: day,
    max: cstDay(new Date()),
    'aria-label': '数据截至日期',
  });
  const controls = h(
    'div',
    { class: 'controls' },
    yearSelect(year, (y) => go({ year: String(y) })),
    quarterLabel,
    h(
      'form',
      {
        class: 'inline',
        onsubmit: (event: Event) => {
          event.preventDefault();
          go({ asOf: dayInput.value || null });
        },
      },
      h('label', { title: '按该日 24:00 时已记录的数据计算（as-of）' }, '数据截至 ', dayInput),
      h('button', { type: 'submit' }, '查询'),
      day ? h('button', { type: 'button', onclick: () => go({ asOf: null }) }, '当前数据') : null,
    ),
  );

  const tabs = h('nav', { class: 'tabs', 'aria-label': '单位类型' });
  const body = h('div', { class: 'league-body' });
  const drawTabs = () =>
    replace(
      tabs,
      kinds.map((k) =>
        h(
          'button',
          {
            type: 'button',
            class: k === kind ? 'tab active' : 'tab',
            'aria-pressed': k === kind ? 'true' : 'false',
            'data-kind': k,
            onclick: () => {
              kind = k;
              replaceQuery('league', { year: String(year), asOf: day || null, quarter, kind: k });
              drawTabs();
              drawTable();
            },
          },
          `${kindLabel(k)}（${answer.units.filter((u) => u.kind === k).length}）`,
        ),
      ),
    );
  const drawTable = () => {
    const rows = answer.units.filter((u) => u.kind === kind);
    const headers = ['排名', '单位', '得分', '等次', '一票否决', '黄牌警告'];
    if (quarter) headers.push('较上季度');
    replace(
      body,
      rows.length === 0
        ? note('本年度尚无该类单位的考核结果。')
        : table(
            headers,
            rows,
            (row) => [
              String(row.rank),
              unitLink(row.unitId, row.name, year),
              points(row.score),
              badge(row.gradeLabel, `grade-${row.grade}`),
              row.vetoed ? badge('否决', 'veto', '一票否决') : '',
              row.yellowCard ? badge('黄牌', 'yellow', '黄牌警告') : '',
              ...(quarter
                ? [row.change === null || row.change === undefined ? '—' : points(row.change, true)]
                : []),
            ],
            { class: 'league', 'data-kind': kind },
            (row) => ({
              'data-unit': row.unitId,
              'data-rank': row.rank,
              'data-score': row.score,
              'data-grade': row.grade,
              class: row.vetoed ? 'vetoed' : null,
            }),
          ),
    );
  };
  drawTabs();
  drawTable();

  const status = [
    `${year} 年度`,
    quarter
      ? QUARTER_NAMES[Number(quarter) - 1]
      : league?.finalized
        ? `已定稿（${formatDateTime(league.finalizedAt)}）`
        : '未定稿（实时计算）',
    answer.asOf ? `按 ${formatDateTime(answer.asOf)} 已记录的数据` : '当前数据',
  ].join(' · ');
  const scope = session.scope();
  add(
    root,
    h('h1', null, '考核排名'),
    controls,
    h('p', { class: 'status' }, status, scope ? ` · 范围：${scope.name}` : ''),
    league && league.postFinalizationChanges.length > 0
      ? note(
          `定稿后有 ${league.postFinalizationChanges.length} 项记录变化会影响已锁定的结果（见各单位页面）。`,
          'warn',
        )
      : null,
    tabs,
    body,
  );

  // The quarter selector appears once the service is known to answer quarters.
  void features().then((found) => {
    if (found.quarters && current()) quarterLabel.hidden = false;
  });
}
