import { labelOf, labelOrNull } from '../shared/labels';
import type { UnitKind } from '../units/codes';
import { type EscalationCandidateView, toEscalationCandidateView } from './escalation/view';
import type { ProvisionalResult } from './provisional';
import type { Ranked } from './ranking';
import type {
  AssessmentResult,
  ExplanationItem,
  PersonUnit,
  PromotionBar,
  VetoReason,
} from './result';
import type { Grade } from './scheme';

/** One line of a unit's explanation, with its section and rule in Chinese. */
export interface ExplanationItemView extends ExplanationItem {
  /** 工作任务 / 工作成效 / 加分. */
  sectionLabel: string;
  /** The rule, in Chinese (`label` describes this line; `ruleLabel` names its kind). */
  ruleLabel: string;
}

/** A ground of 一票否决, with its rule in Chinese. */
export interface VetoReasonView extends VetoReason {
  ruleLabel: string;
}

/** The barred person's own unit, with the post held there in Chinese. */
export interface PersonUnitView extends PersonUnit {
  postLabel: string | null;
}

/**
 * A person barred from promotion (取消晋级、提拔资格): each item of
 * `GET /assessments/:year/promotion-bars` and of a unit's `promotionBars`.
 */
export interface PromotionBarView extends Omit<PromotionBar, 'personUnit'> {
  /** The post held in the vetoed unit, in Chinese; `null` when barred only as liable. */
  postLabel: string | null;
  personUnit: PersonUnitView | null;
}

/** A unit's assessment with Chinese labels beside its codes. */
export interface AssessmentResultView extends Omit<
  AssessmentResult,
  'items' | 'vetoReasons' | 'promotionBars' | 'escalations'
> {
  /** 单位类型, in Chinese. */
  unitKindLabel: string;
  /** 优秀 / 良好 / 合格 / 不合格. */
  gradeLabel: string;
  vetoReasons: VetoReasonView[];
  items: ExplanationItemView[];
  promotionBars: PromotionBarView[];
  /** 升级问责建议 at the reference date, for context (no points). */
  escalations: EscalationCandidateView[];
}

/** A row of the league table (`GET /assessments/:year` `units`). */
export interface LeagueTableRow {
  unitId: string;
  name: string;
  kind: UnitKind;
  kindLabel: string;
  score: number;
  grade: Grade;
  gradeLabel: string;
  vetoed: boolean;
  yellowCard: boolean;
  /** Within the unit's kind: not vetoed first by score, then vetoed ones (ties share a rank). */
  rank: number;
}

/** A unit disqualified from awards (取消评先评优): each item of `…/award-disqualifications`. */
export interface AwardDisqualificationView {
  unitId: string;
  name: string;
  /** The veto reasons' labels, joined with `；`. */
  reason: string;
  vetoReasons: VetoReasonView[];
}

export const toVetoReasonView = (veto: VetoReason): VetoReasonView => ({
  ...veto,
  events: [...veto.events],
  ruleLabel: labelOf('vetoRule', veto.rule),
});

export const toExplanationItemView = (item: ExplanationItem): ExplanationItemView => ({
  ...item,
  events: [...item.events],
  sectionLabel: labelOf('assessmentSection', item.section),
  ruleLabel: labelOf('itemRule', item.rule),
});

export const toPromotionBarView = (bar: PromotionBar): PromotionBarView => ({
  ...bar,
  events: [...bar.events],
  postLabel: labelOrNull('post', bar.post),
  personUnit: bar.personUnit && {
    ...bar.personUnit,
    postLabel: labelOrNull('post', bar.personUnit.post),
  },
});

export const toAssessmentResultView = (result: AssessmentResult): AssessmentResultView => ({
  ...result,
  unitKindLabel: labelOf('unitKind', result.unitKind),
  gradeLabel: labelOf('grade', result.grade),
  vetoReasons: result.vetoReasons.map(toVetoReasonView),
  items: result.items.map(toExplanationItemView),
  promotionBars: result.promotionBars.map(toPromotionBarView),
  escalations: result.escalations.map(toEscalationCandidateView),
});

export const toLeagueTableRow = (result: Ranked<AssessmentResult>): LeagueTableRow => ({
  unitId: result.unitId,
  name: result.unitName,
  kind: result.unitKind,
  kindLabel: labelOf('unitKind', result.unitKind),
  score: result.score,
  grade: result.grade,
  gradeLabel: labelOf('grade', result.grade),
  vetoed: result.vetoed,
  yellowCard: result.yellowCard,
  rank: result.rank,
});

export const toAwardDisqualificationView = (
  result: AssessmentResult,
): AwardDisqualificationView => ({
  unitId: result.unitId,
  name: result.unitName,
  reason: result.vetoReasons.map((v) => v.label).join('；'),
  vetoReasons: result.vetoReasons.map(toVetoReasonView),
});

/** A unit's provisional lines (the finalisation's answer, `provisional`), labelled. */
export interface ProvisionalResultView {
  unitId: string;
  unitName: string;
  items: ExplanationItemView[];
  vetoReasons: VetoReasonView[];
  promotionBars: PromotionBarView[];
}

export const toProvisionalResultView = (result: ProvisionalResult): ProvisionalResultView => ({
  unitId: result.unitId,
  unitName: result.unitName,
  items: result.items.map(toExplanationItemView),
  vetoReasons: result.vetoReasons.map(toVetoReasonView),
  promotionBars: result.promotionBars.map(toPromotionBarView),
});
