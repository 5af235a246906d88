import ExcelJS from 'exceljs';
import type { AssessmentResult, PromotionBar } from '../../../domain/assessment/result';
import type { Ranked } from '../../../domain/assessment/ranking';
import { labelOf } from '../../../domain/shared/labels';
import { withoutUnsafeCharacters } from '../../../infrastructure/http/safe-text';
import type { QuarterStandings } from '../queries/quarter-answer';
import { field, RANKED_UNIT, VERDICT, yesNo } from './ranked-columns';
import { quarterSheet, quarterSheetName } from './quarter-sheets';
import { addSheet, type Column, setProperties, type WorkbookHeading } from './sheet-layout';

export type { WorkbookHeading } from './sheet-layout';

const section = (name: string) => labelOf('assessmentSection', name);

/** 暂定: the line rests on an incident whose nature (事故性质) is not yet concluded. */
const PROVISIONAL: Column = { header: field('provisional'), key: 'provisional', width: 6 };
const EVENTS: Column = { header: field('events'), key: 'events', width: 36, wrap: true };

const events = (refs: readonly { streamId: string; eventId: string }[]) =>
  refs.map((r) => `${r.streamId}/${r.eventId}`).join('\n');

/** Text stored before requests were checked may hold characters XML cannot carry. */
const xmlSafe = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      typeof value === 'string' ? withoutUnsafeCharacters(value) : value,
    ]),
  );

/** The post a barred person answers in: held in the vetoed unit, else in their own unit. */
const postOf = (bar: PromotionBar): string => {
  const post = bar.post ?? bar.personUnit?.post ?? null;
  return post === null ? '事故责任人' : labelOf('post', post);
};

function leagueTable(results: readonly Ranked<AssessmentResult>[]) {
  const columns: Column[] = [
    ...RANKED_UNIT,
    { header: section('tasks'), key: 'tasks', width: 9, numFmt: '0.00' },
    { header: section('outcomes'), key: 'outcomes', width: 9, numFmt: '0.00' },
    { header: section('bonus'), key: 'bonus', width: 7, numFmt: '0.00' },
    ...VERDICT,
  ];
  const rows = results.map((r) => ({
    kind: labelOf('unitKind', r.unitKind),
    rank: r.rank,
    name: r.unitName,
    unitId: r.unitId,
    score: r.score,
    tasks: r.sections.tasks,
    outcomes: r.sections.outcomes,
    bonus: r.sections.bonus,
    grade: labelOf('grade', r.grade),
    vetoed: yesNo(r.vetoed),
    yellowCard: yesNo(r.yellowCard),
  }));
  return { columns, rows };
}

function items(results: readonly AssessmentResult[]) {
  const columns: Column[] = [
    { header: field('unitName'), key: 'name', width: 20, wrap: true },
    { header: field('unitId'), key: 'unitId', width: 12 },
    { header: field('section'), key: 'section', width: 9 },
    { header: field('itemRule'), key: 'rule', width: 14, wrap: true },
    { header: field('item'), key: 'label', width: 48, wrap: true },
    { header: field('points'), key: 'points', width: 8, numFmt: '0.00' },
    PROVISIONAL,
    EVENTS,
  ];
  const rows = results.flatMap((r) =>
    r.items.map((item) => ({
      name: r.unitName,
      unitId: r.unitId,
      section: section(item.section),
      rule: labelOf('itemRule', item.rule),
      label: item.label,
      points: item.points,
      provisional: yesNo(item.provisional),
      events: events(item.events),
    })),
  );
  return { columns, rows };
}

function vetoes(results: readonly AssessmentResult[]) {
  const columns: Column[] = [
    { header: field('unitName'), key: 'name', width: 20, wrap: true },
    { header: field('unitId'), key: 'unitId', width: 12 },
    { header: field('vetoRule'), key: 'rule', width: 24, wrap: true },
    { header: field('vetoReason'), key: 'label', width: 48, wrap: true },
    PROVISIONAL,
    EVENTS,
  ];
  const rows = results.flatMap((r) =>
    r.vetoReasons.map((v) => ({
      name: r.unitName,
      unitId: r.unitId,
      rule: labelOf('vetoRule', v.rule),
      label: v.label,
      provisional: yesNo(v.provisional),
      events: events(v.events),
    })),
  );
  return { columns, rows };
}

function bars(results: readonly AssessmentResult[]) {
  const columns: Column[] = [
    { header: field('personName'), key: 'personName', width: 12 },
    { header: field('personId'), key: 'personId', width: 12 },
    { header: field('personUnit'), key: 'personUnit', width: 20, wrap: true },
    { header: field('post'), key: 'post', width: 12 },
    { header: field('vetoedUnit'), key: 'vetoedUnit', width: 20, wrap: true },
    { header: field('barredYear'), key: 'barredYear', width: 9, numFmt: '0' },
    { header: field('reason'), key: 'reason', width: 44, wrap: true },
    PROVISIONAL,
    EVENTS,
  ];
  const rows = results.flatMap((r) =>
    r.promotionBars.map((bar) => ({
      personName: bar.personName,
      personId: bar.personId,
      personUnit: bar.personUnit?.unitName ?? '未登记',
      post: postOf(bar),
      vetoedUnit: r.unitName,
      barredYear: bar.barredYear,
      reason: bar.reason,
      provisional: yesNo(bar.provisional),
      events: events(bar.events),
    })),
  );
  return { columns, rows };
}

function hazardLedger(year: number, results: readonly AssessmentResult[]) {
  const columns: Column[] = [
    { header: field('unitName'), key: 'name', width: 24, wrap: true },
    { header: field('unitId'), key: 'unitId', width: 12 },
    { header: field('year'), key: 'year', width: 7, numFmt: '0' },
    { header: field('identified'), key: 'identified', width: 10, numFmt: '0' },
    { header: field('rectified'), key: 'rectified', width: 10, numFmt: '0' },
    { header: field('rectificationRate'), key: 'rate', width: 10, numFmt: '0.0' },
    { header: field('overdueMajor'), key: 'overdueMajor', width: 12, numFmt: '0' },
    { header: field('overdueGeneral'), key: 'overdueGeneral', width: 12, numFmt: '0' },
  ];
  const rows = results.map((r) => ({
    name: r.unitName,
    unitId: r.unitId,
    year,
    identified: r.rectificationRate.identified,
    rectified: r.rectificationRate.rectified,
    rate: Math.round(r.rectificationRate.rate * 10) / 10,
    overdueMajor: r.rectificationRate.overdueMajor,
    overdueGeneral: r.rectificationRate.overdueGeneral,
  }));
  return { columns, rows };
}

/**
 * The year's results for the office, in Chinese, ready to print and hand out: league table,
 * every item with its events, vetoes, promotion bars and the hazard ledger, each sheet under the
 * issuing office, year and status (草稿/定稿). Numbers are stored as numbers. Items, vetoes and
 * bars resting on an incident whose nature is pending say so in their 暂定 column. Then a sheet
 * per quarter (季度考评), each unit with its change against the previous quarter.
 */
export async function assessmentWorkbook(
  heading: WorkbookHeading,
  results: readonly Ranked<AssessmentResult>[],
  quarters: readonly QuarterStandings[] = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  setProperties(workbook, heading);
  const sheets = [
    ['考核排名', leagueTable(results)],
    ['单位得分明细', items(results)],
    [field('vetoed'), vetoes(results)],
    ['取消提拔资格', bars(results)],
    ['隐患台账', hazardLedger(heading.year, results)],
    ...quarters.map((q) => [quarterSheetName(q), quarterSheet(q)] as const),
  ] as const;
  for (const [name, { columns, rows }] of sheets) {
    addSheet(workbook, heading, name, columns, rows.map(xmlSafe));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
