import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Ranked } from '../../../domain/assessment/ranking';
import type { AssessmentResult } from '../../../domain/assessment/result';
import { GRADES } from '../../../domain/assessment/scheme';
import { labelOf } from '../../../domain/shared/labels';
import { UNIT_KINDS } from '../../../domain/units/codes';
import { barredAs, barredUnit } from './notice';
import { a4Document, cstDate, type DocumentHeading, headingBlock } from './page';
import { renderPdf } from './render-pdf';
import { dataTable, label, points, provisionalMark } from './tables';

export interface ReportInput {
  heading: Omit<DocumentHeading, 'title'>;
  /** The results the reader may see, ranked within their kind. */
  results: readonly Ranked<AssessmentResult>[];
}

export const REPORT_TITLE = '结果报告';

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function overview(results: ReportInput['results']): Content {
  const count = (test: (r: AssessmentResult) => boolean) => results.filter(test).length;
  const grades = GRADES.map((g) => `${labelOf('grade', g)} ${count((r) => r.grade === g)} 个`);
  const barred = new Set(results.flatMap((r) => r.promotionBars.map((b) => b.personId))).size;
  return {
    text:
      `参加考核单位 ${results.length} 个，其中${grades.join('、')}；` +
      `一票否决 ${count((r) => r.vetoed)} 个，黄牌警告 ${count((r) => r.yellowCard)} 个；` +
      `取消下一年度晋级、提拔资格 ${barred} 人。`,
    margin: [0, 0, 0, 6],
  };
}

function leagueTables(results: ReportInput['results']): Content[] {
  const kinds = UNIT_KINDS.filter((k) => results.some((r) => r.unitKind === k));
  return kinds.flatMap((kind, i) => {
    const ofKind = results.filter((r) => r.unitKind === kind);
    const kindLabel = labelOf('unitKind', kind);
    return [
      {
        text: `（${CHINESE_ORDINALS[i] ?? i + 1}）${kindLabel}（${ofKind.length} 个）`,
        style: 'subsection',
      },
      dataTable(
        [
          { header: label('rank'), width: 32, align: 'center' },
          { header: label('unitName'), width: '*' },
          { header: label('score'), width: 50, align: 'right' },
          { header: label('grade'), width: 44, align: 'center' },
          { header: label('vetoed'), width: 48, align: 'center' },
          { header: label('yellowCard'), width: 48, align: 'center' },
        ],
        ofKind.map((r) => [
          String(r.rank),
          r.unitName,
          points(r.score),
          labelOf('grade', r.grade),
          r.vetoed ? '否决' : '',
          r.yellowCard ? '黄牌' : '',
        ]),
      ),
    ];
  });
}

function vetoes(results: ReportInput['results']): Content {
  return dataTable(
    [
      { header: label('unitName'), width: 90 },
      { header: label('unitKind'), width: 56 },
      { header: label('vetoRule'), width: 100 },
      { header: label('vetoReason'), width: '*' },
      { header: label('provisional'), width: 28, align: 'center' },
    ],
    results.flatMap((r) =>
      r.vetoReasons.map((v) => [
        r.unitName,
        labelOf('unitKind', r.unitKind),
        labelOf('vetoRule', v.rule),
        v.label,
        provisionalMark(v.provisional),
      ]),
    ),
  );
}

function bars(results: ReportInput['results']): Content {
  return dataTable(
    [
      { header: label('personName'), width: 50 },
      { header: label('personUnit'), width: 72 },
      { header: label('post'), width: 58 },
      { header: label('vetoedUnit'), width: 72 },
      { header: label('reason'), width: '*' },
      { header: label('provisional'), width: 28, align: 'center' },
    ],
    results.flatMap((r) =>
      r.promotionBars.map((b) => [
        b.personName,
        barredUnit(b),
        barredAs(b),
        r.unitName,
        b.reason,
        provisionalMark(b.provisional),
      ]),
    ),
  );
}

/**
 * The year's report: an overview, the league table of each unit kind (rank, unit, score, grade,
 * veto, yellow card), the vetoes with their grounds and the promotion bars. Tables running onto
 * further pages repeat their header row there.
 */
export function reportDocument({ heading, results }: ReportInput): TDocumentDefinitions {
  const full = { ...heading, title: REPORT_TITLE };
  const provisional = results.some(
    (r) => r.vetoReasons.some((v) => v.provisional) || r.promotionBars.some((b) => b.provisional),
  );
  return a4Document(full, [
    ...headingBlock(full),
    overview(results),
    { text: '一、考核排名', style: 'section' },
    ...(results.length === 0 ? [{ text: '无。' }] : leagueTables(results)),
    {
      text: '排名在同类单位内计算：未被一票否决的单位按得分从高到低在前，被否决的单位按得分排在其后。',
      style: 'note',
    },
    { text: '二、一票否决', style: 'section' },
    vetoes(results),
    { text: '三、取消下一年度晋级、提拔资格', style: 'section' },
    bars(results),
    ...(provisional
      ? [
          {
            text: '注：标“暂定”的行所依据事故的性质尚未认定，认定后结果可能变化。',
            style: 'note',
          },
        ]
      : []),
    { text: heading.issuingOffice, alignment: 'right', margin: [0, 24, 0, 2] },
    { text: cstDate(heading.printedAt), alignment: 'right' },
  ]);
}

export const reportPdf = (input: ReportInput): Promise<Buffer> => renderPdf(reportDocument(input));
