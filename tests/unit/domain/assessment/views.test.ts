import { provisionalResults } from '../../../../src/domain/assessment/provisional';
import { rank } from '../../../../src/domain/assessment/ranking';
import {
  toAssessmentResultView,
  toAwardDisqualificationView,
  toLeagueTableRow,
  toPromotionBarView,
  toProvisionalResultView,
} from '../../../../src/domain/assessment/views';
import { sampleResult } from '../../../support/sample-results';

const vetoed = sampleResult('T9', '第九镇', 'town', 72, { vetoed: true });

describe('assessment views', () => {
  it('labels the unit kind, the grade, every item, veto and bar, and keeps the result', () => {
    const view = toAssessmentResultView(vetoed);
    expect(view).toMatchObject({
      unitId: 'T9',
      unitKind: 'town',
      unitKindLabel: '乡镇/街道',
      grade: 'fail',
      gradeLabel: '不合格',
      score: 72,
    });
    expect(view.items.map((i) => [i.section, i.sectionLabel, i.rule, i.ruleLabel])).toEqual([
      ['tasks', '工作任务', 'task', '工作任务评分'],
      ['outcomes', '工作成效', 'general_incident', '一般事故'],
      ['outcomes', '工作成效', 'interview', '约谈'],
    ]);
    expect(view.items.map((i) => i.label)).toEqual(vetoed.items.map((i) => i.label));
    expect(view.vetoReasons).toEqual([
      { ...vetoed.vetoReasons[0], ruleLabel: '发生较大事故及以上' },
    ]);
    expect(view.promotionBars[0]).toMatchObject({
      post: 'principal',
      postLabel: '主要负责人',
      personUnit: { unitId: 'T9', post: 'principal', postLabel: '主要负责人' },
    });
  });

  it('labels a bar without a post with null', () => {
    const bar = { ...vetoed.promotionBars[0], post: null, personUnit: null };
    expect(toPromotionBarView(bar)).toMatchObject({ postLabel: null, personUnit: null });
    const elsewhere = { ...bar, personUnit: { unitId: 'E1', unitName: '企业', post: null } };
    expect(toPromotionBarView(elsewhere).personUnit).toEqual({
      unitId: 'E1',
      unitName: '企业',
      post: null,
      postLabel: null,
    });
  });

  it('makes league table rows, award disqualifications and provisional lines from results', () => {
    const [row] = rank([sampleResult('T1', '第一镇', 'town', 91)]).map(toLeagueTableRow);
    expect(row).toEqual({
      unitId: 'T1',
      name: '第一镇',
      kind: 'town',
      kindLabel: '乡镇/街道',
      score: 91,
      grade: 'excellent',
      gradeLabel: '优秀',
      vetoed: false,
      yellowCard: false,
      rank: 1,
    });
    expect(toAwardDisqualificationView(vetoed)).toEqual({
      unitId: 'T9',
      name: '第九镇',
      reason: vetoed.vetoReasons[0].label,
      vetoReasons: [expect.objectContaining({ ruleLabel: '发生较大事故及以上' })],
    });
    const [provisional] = provisionalResults([vetoed]).map(toProvisionalResultView);
    expect(provisional.vetoReasons[0].ruleLabel).toBe('发生较大事故及以上');
    expect(provisional.promotionBars.map((b) => b.postLabel)).toEqual(['主要负责人', '分管负责人']);
  });
});
