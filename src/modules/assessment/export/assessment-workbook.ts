import ExcelJS from 'exceljs';
import { GRADE_LABELS } from '../../../domain/assessment/scheme';
import type { AssessmentResult } from '../../../domain/assessment/result';
import type { Ranked } from '../../../domain/assessment/ranking';
import { POST_LABELS, UNIT_KIND_LABELS, type Post } from '../../../domain/units/codes';
import { withoutUnsafeCharacters } from '../../../infrastructure/http/safe-text';

interface Column {
  header: string;
  key: string;
  width: number;
  numFmt?: string;
}

const SECTION_LABELS: Record<string, string> = {
  tasks: '工作任务',
  outcomes: '工作成效',
  bonus: '加分',
};
/** 暂定: the line rests on an incident whose nature (事故性质) is not yet concluded. */
const PROVISIONAL: Column = { header: '暂定', key: 'provisional', width: 8 };
const yesNo = (flag: boolean) => (flag ? '是' : '否');

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

function sheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Column[],
  rows: Record<string, unknown>[],
) {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map(({ header, key, width }) => ({ header, key, width }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.getRow(1).alignment = { vertical: 'middle', horizontal: 'center' };
  rows.forEach((row) => worksheet.addRow(xmlSafe(row)));
  columns.forEach((column, i) => {
    if (column.numFmt) worksheet.getColumn(i + 1).numFmt = column.numFmt;
  });
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return worksheet;
}

/**
 * The year's results for the office, in Chinese: league table, every item with its events,
 * vetoes, promotion bars and the hazard ledger. Numbers are stored as numbers. Items, vetoes and
 * bars resting on an incident whose nature is pending say so in their 暂定 column.
 */
export async function assessmentWorkbook(
  year: number,
  results: readonly Ranked<AssessmentResult>[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'safety-accountability';
  workbook.created = new Date(0);

  sheet(
    workbook,
    '考核排名',
    [
      { header: '单位类型', key: 'kind', width: 14 },
      { header: '排名', key: 'rank', width: 8, numFmt: '0' },
      { header: '单位', key: 'name', width: 24 },
      { header: '单位编码', key: 'unitId', width: 14 },
      { header: '得分', key: 'score', width: 10, numFmt: '0.00' },
      { header: '工作任务', key: 'tasks', width: 10, numFmt: '0.00' },
      { header: '工作成效', key: 'outcomes', width: 10, numFmt: '0.00' },
      { header: '加分', key: 'bonus', width: 8, numFmt: '0.00' },
      { header: '等次', key: 'grade', width: 10 },
      { header: '一票否决', key: 'vetoed', width: 10 },
      { header: '黄牌警告', key: 'yellowCard', width: 10 },
    ],
    results.map((r) => ({
      kind: UNIT_KIND_LABELS[r.unitKind],
      rank: r.rank,
      name: r.unitName,
      unitId: r.unitId,
      score: r.score,
      tasks: r.sections.tasks,
      outcomes: r.sections.outcomes,
      bonus: r.sections.bonus,
      grade: GRADE_LABELS[r.grade],
      vetoed: r.vetoed ? '是' : '否',
      yellowCard: r.yellowCard ? '是' : '否',
    })),
  );

  sheet(
    workbook,
    '单位得分明细',
    [
      { header: '单位', key: 'name', width: 24 },
      { header: '单位编码', key: 'unitId', width: 14 },
      { header: '板块', key: 'section', width: 10 },
      { header: '项目', key: 'label', width: 40 },
      { header: '分值', key: 'points', width: 10, numFmt: '0.00' },
      PROVISIONAL,
      { header: '依据事件', key: 'events', width: 60 },
    ],
    results.flatMap((r) =>
      r.items.map((item) => ({
        name: r.unitName,
        unitId: r.unitId,
        section: SECTION_LABELS[item.section] ?? item.section,
        label: item.label,
        points: item.points,
        provisional: yesNo(item.provisional),
        events: events(item.events),
      })),
    ),
  );

  sheet(
    workbook,
    '一票否决',
    [
      { header: '单位', key: 'name', width: 24 },
      { header: '单位编码', key: 'unitId', width: 14 },
      { header: '否决事由', key: 'label', width: 40 },
      { header: '规则', key: 'rule', width: 28 },
      PROVISIONAL,
      { header: '依据事件', key: 'events', width: 60 },
    ],
    results.flatMap((r) =>
      r.vetoReasons.map((v) => ({
        name: r.unitName,
        unitId: r.unitId,
        label: v.label,
        rule: v.rule,
        provisional: yesNo(v.provisional),
        events: events(v.events),
      })),
    ),
  );

  sheet(
    workbook,
    '取消提拔资格',
    [
      { header: '姓名', key: 'personName', width: 14 },
      { header: '人员编码', key: 'personId', width: 14 },
      { header: '单位', key: 'unit', width: 24 },
      { header: '职务', key: 'post', width: 14 },
      { header: '取消年度', key: 'barredYear', width: 10, numFmt: '0' },
      { header: '事由', key: 'reason', width: 50 },
      PROVISIONAL,
      { header: '依据事件', key: 'events', width: 60 },
    ],
    results.flatMap((r) =>
      r.promotionBars.map((bar) => ({
        personName: bar.personName,
        personId: bar.personId,
        unit: r.unitName,
        post: bar.post ? POST_LABELS[bar.post as Post] : '事故责任人',
        barredYear: bar.barredYear,
        reason: bar.reason,
        provisional: yesNo(bar.provisional),
        events: events(bar.events),
      })),
    ),
  );

  sheet(
    workbook,
    '隐患台账',
    [
      { header: '单位', key: 'name', width: 24 },
      { header: '单位编码', key: 'unitId', width: 14 },
      { header: '年度', key: 'year', width: 8, numFmt: '0' },
      { header: '排查隐患', key: 'identified', width: 10, numFmt: '0' },
      { header: '已整改', key: 'rectified', width: 10, numFmt: '0' },
      { header: '整改率(%)', key: 'rate', width: 10, numFmt: '0.0' },
      { header: '逾期重大隐患', key: 'overdueMajor', width: 12, numFmt: '0' },
      { header: '逾期一般隐患', key: 'overdueGeneral', width: 12, numFmt: '0' },
    ],
    results.map((r) => ({
      name: r.unitName,
      unitId: r.unitId,
      year,
      identified: r.rectificationRate.identified,
      rectified: r.rectificationRate.rectified,
      rate: Math.round(r.rectificationRate.rate * 10) / 10,
      overdueMajor: r.rectificationRate.overdueMajor,
      overdueGeneral: r.rectificationRate.overdueGeneral,
    })),
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
