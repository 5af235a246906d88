import type { PostFinalizationChange } from '../queries/year-answer';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type {
  AssessmentResult,
  AssessmentSection,
  PromotionBar,
} from '../../../domain/assessment/result';
import { labelOf } from '../../../domain/shared/labels';
import { Evidence } from './evidence';
import { a4Document, cstDate, type DocumentHeading, headingBlock } from './page';
import { renderPdf } from './render-pdf';
import { clean, dataTable, label, points, provisionalMark, signedPoints, yesNo } from './tables';

export interface NoticeInput {
  heading: Omit<DocumentHeading, 'title'>;
  result: AssessmentResult;
  /** After the finalisation: records that would change the locked result, with their events. */
  changes: readonly PostFinalizationChange[];
  /** The unit's rank among the assessed units of its kind; null when it is not assessed. */
  rank: { rank: number; of: number } | null;
}

export const NOTICE_TITLE = '结果通知书';

const SECTIONS: readonly AssessmentSection[] = ['tasks', 'outcomes', 'bonus'];

/** 取消提拔资格: the post held, or 事故责任人 for a person barred only as found liable. */
export const barredAs = (bar: PromotionBar): string =>
  bar.post ? labelOf('post', bar.post) : '事故责任人';

/** The barred person's own unit, by name. */
export const barredUnit = (bar: PromotionBar): string => bar.personUnit?.unitName ?? '';

function summary(result: AssessmentResult, rank: NoticeInput['rank']): Content {
  const kind = labelOf('unitKind', result.unitKind);
  const rows: [string, string][] = [
    ['考核单位', result.unitName],
    ['单位类型', kind],
    ['考核得分', `${points(result.score)} 分`],
    ['考核等次', labelOf('grade', result.grade)],
    ['本类排名', rank ? `第 ${rank.rank} 名（共 ${rank.of} 个${kind}单位）` : '—'],
    ['一票否决', yesNo(result.vetoed)],
    ['黄牌警告', yesNo(result.yellowCard)],
    ['评先评优', result.awardDisqualified ? '取消本年度评先评优资格' : '不受影响'],
  ];
  return dataTable(
    [
      { header: '项目', width: 90 },
      { header: '结果', width: '*' },
    ],
    rows,
    10,
  );
}

function sections(result: AssessmentResult): Content {
  return dataTable(
    [
      { header: label('section'), width: '*' },
      { header: label('score'), width: 80, align: 'right' },
    ],
    [
      ...SECTIONS.map((s) => [labelOf('assessmentSection', s), points(result.sections[s])]),
      ['合计', points(result.score)],
    ],
    10,
  );
}

function items(result: AssessmentResult, evidence: Evidence): Content {
  const ordered = SECTIONS.flatMap((s) => result.items.filter((item) => item.section === s));
  return dataTable(
    [
      { header: '序号', width: 24, align: 'center' },
      { header: label('section'), width: 48 },
      { header: label('itemRule'), width: 78 },
      { header: label('item'), width: '*' },
      { header: label('points'), width: 44, align: 'right' },
      { header: label('provisional'), width: 28, align: 'center' },
      { header: '依据', width: 30, align: 'center' },
    ],
    ordered.map((item, i) => [
      String(i + 1),
      labelOf('assessmentSection', item.section),
      labelOf('itemRule', item.rule),
      item.label,
      signedPoints(item.points),
      provisionalMark(item.provisional),
      evidence.cite(`得分明细 ${i + 1}：${clean(item.label)}`, item.events),
    ]),
  );
}

function vetoes(result: AssessmentResult, evidence: Evidence): Content[] {
  if (!result.vetoed) return [{ text: '无。' }];
  return [
    dataTable(
      [
        { header: '序号', width: 24, align: 'center' },
        { header: label('vetoRule'), width: 120 },
        { header: label('vetoReason'), width: '*' },
        { header: label('provisional'), width: 28, align: 'center' },
        { header: '依据', width: 30, align: 'center' },
      ],
      result.vetoReasons.map((veto, i) => [
        String(i + 1),
        labelOf('vetoRule', veto.rule),
        veto.label,
        provisionalMark(veto.provisional),
        evidence.cite(`一票否决 ${i + 1}：${clean(veto.label)}`, veto.events),
      ]),
    ),
    {
      text: '依照一票否决规定：考核等次定为不合格（得分照列），取消本年度评先评优资格，相关人员取消下一年度晋级、提拔资格。',
      style: 'note',
    },
  ];
}

function bars(result: AssessmentResult, evidence: Evidence): Content {
  return dataTable(
    [
      { header: '序号', width: 24, align: 'center' },
      { header: label('personName'), width: 50 },
      { header: label('personUnit'), width: 70 },
      { header: label('post'), width: 58 },
      { header: label('barredYear'), width: 38, align: 'center' },
      { header: label('reason'), width: '*' },
      { header: label('provisional'), width: 28, align: 'center' },
      { header: '依据', width: 30, align: 'center' },
    ],
    result.promotionBars.map((bar, i) => [
      String(i + 1),
      bar.personName,
      barredUnit(bar),
      barredAs(bar),
      String(bar.barredYear),
      bar.reason,
      provisionalMark(bar.provisional),
      evidence.cite(`取消提拔资格 ${i + 1}：${clean(bar.personName)}`, bar.events),
    ]),
  );
}

const anyProvisional = (r: AssessmentResult): boolean =>
  r.items.some((i) => i.provisional) ||
  r.vetoReasons.some((v) => v.provisional) ||
  r.promotionBars.some((b) => b.provisional);

/**
 * 考核结果通知书 for one unit: who issues it, the year and its state (草稿/定稿), the unit, its
 * score and grade, the score by section with every item explained, the vetoes and the promotion
 * bars with their grounds, the yellow card, the 暂定 marks, and an appendix naming the events each
 * line rests on.
 */
export function noticeDocument({
  heading,
  result,
  rank,
  changes,
}: NoticeInput): TDocumentDefinitions {
  const full = { ...heading, title: NOTICE_TITLE };
  const evidence = new Evidence();
  const kind = labelOf('unitKind', result.unitKind);
  const body: Content[] = [
    ...headingBlock(full),
    { text: `${clean(result.unitName)}：`, bold: true, margin: [0, 0, 0, 4] },
    {
      text: result.assessed
        ? `根据${heading.year}年度安全生产目标责任书和考核方案，现将你单位（${kind}）${heading.year}年度安全生产目标责任考核结果通知如下。`
        : `你单位（${kind}）${heading.year}年度无有效的安全生产目标责任书，未纳入年度考核；以下为按考核方案核算的情况，仅供参考。`,
      margin: [0, 0, 0, 8],
    },
    summary(result, rank),
    { text: '一、分项得分', style: 'section' },
    sections(result),
    { text: '二、得分明细', style: 'section' },
    items(result, evidence),
    { text: '三、一票否决', style: 'section' },
    ...vetoes(result, evidence),
    { text: '四、取消下一年度晋级、提拔资格', style: 'section' },
    bars(result, evidence),
    { text: '五、黄牌警告', style: 'section' },
    {
      text: result.yellowCard
        ? '予以黄牌警告（未被一票否决，得分在 60 分以上、70 分以下）。'
        : '无。',
    },
  ];
  if (changes.length > 0) {
    body.push(
      { text: '六、定稿后的记录变更', style: 'section' },
      {
        text: '以下记录在考核定稿后录入或更正，本通知书所列结果不因此改变；如需调整，须按程序另行处理。',
        margin: [0, 0, 0, 4],
      },
      dataTable(
        [
          { header: '序号', width: 24, align: 'center' },
          { header: '变更内容', width: '*' },
          { header: '依据', width: 30, align: 'center' },
        ],
        changes.map((change, i) => [
          String(i + 1),
          change.description,
          evidence.cite(`定稿后变更 ${i + 1}`, change.events),
        ]),
      ),
    );
  }
  if (anyProvisional(result)) {
    body.push({
      text: '注：标“暂定”的行所依据事故的性质尚未认定，认定后结果可能变化。',
      style: 'note',
      margin: [0, 10, 0, 0],
    });
  }
  body.push(
    { text: heading.issuingOffice, alignment: 'right', margin: [0, 24, 0, 2] },
    { text: cstDate(heading.printedAt), alignment: 'right' },
    ...evidence.appendix(),
  );
  return a4Document(full, body);
}

export const noticePdf = (input: NoticeInput): Promise<Buffer> => renderPdf(noticeDocument(input));
