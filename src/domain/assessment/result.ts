import type { ControlIndicator } from '../agreements/indicators';
import type { Post, UnitKind } from '../units/codes';
import type { EscalationCandidate } from './escalation/candidates';
import type { EventRef } from './facts';
import type { Grade } from './scheme';

export type AssessmentSection = 'tasks' | 'outcomes' | 'bonus';

/**
 * One line of the explanation: points added (> 0) or deducted (< 0) and the events behind them.
 * The items of a section add up to the section, except that outcome deductions start from the
 * scheme's outcome points: `sections.outcomes = scheme.outcomes.points + Σ outcome items`.
 */
export interface ExplanationItem {
  readonly section: AssessmentSection;
  /** Machine code of the rule (`task`, `general_incident`, `bonus_cap`, ...). */
  readonly rule: string;
  readonly label: string;
  readonly points: number;
  /** It would change with the nature of a `pending` incident (事故性质 not yet concluded). */
  readonly provisional: boolean;
  readonly events: readonly EventRef[];
  /** Backdated or late hazard extensions the item rests on, for a reviewer to check. */
  readonly markedExtensions?: readonly MarkedExtension[];
}

/** A hazard extension recorded more than a day after its `extendedAt`, or (old) after the deadline. */
export interface MarkedExtension {
  readonly hazardId: string;
  readonly event: EventRef;
  readonly backdated?: true;
  readonly late?: true;
}

export interface VetoReason {
  /** `incidents:<minGrade>:<count>`, `control_indicator:<indicator>` or `misreporting:<kind>`. */
  readonly rule: string;
  readonly label: string;
  /** The veto would not hold, or would rest on other incidents, were a `pending` incident to cost nothing. */
  readonly provisional: boolean;
  readonly events: readonly EventRef[];
}

/** The unit a barred person belonged to when the incident occurred, and the post held there. */
export interface PersonUnit {
  readonly unitId: string;
  readonly unitName: string;
  /** `null` for a person found liable in that unit without holding a post there. */
  readonly post: Post | null;
}

/** 取消下一年度晋级、提拔资格. One bar per person, with every ground for it. */
export interface PromotionBar {
  readonly personId: string;
  readonly personName: string;
  /** The vetoed unit whose veto bars the person. */
  readonly unitId: string;
  /** The post held in that unit when a vetoing incident occurred; `null` if barred only as liable. */
  readonly post: Post | null;
  /**
   * The person's own unit: the vetoed unit for its post holders; for others, where they held a
   * post when the incident occurred, else the unit the investigation named with them; `null`
   * when neither is known.
   */
  readonly personUnit: PersonUnit | null;
  readonly barredYear: number;
  readonly reason: string;
  /** Every ground of the bar rests on a provisional veto or on a `pending` vetoing incident. */
  readonly provisional: boolean;
  readonly events: readonly EventRef[];
}

export interface ControlIndicatorResult {
  readonly indicator: ControlIndicator;
  readonly label: string;
  readonly cap: number;
  /** `null` for a rate whose statistic (the denominator) is missing or zero. */
  readonly actual: number | null;
  readonly exceeded: boolean;
  /** The incidents counted in `actual` (and, for a rate, the statistics). */
  readonly events: readonly EventRef[];
  /** Exceeded, and the breach would change were a `pending` incident to cost nothing. */
  readonly provisional: boolean;
  /** The incident whose occurrence first pushed the indicator past the cap. */
  readonly pushedPastCapBy: {
    readonly incidentId: string;
    readonly events: readonly EventRef[];
  } | null;
}

export interface RectificationRateResult {
  /** Hazards identified in the window. */
  readonly identified: number;
  /** Of those, rectified at the reference date (major: verified passed). */
  readonly rectified: number;
  /** Percentage, unrounded (100 when none was identified); display with one decimal. */
  readonly rate: number;
  readonly overdueMajor: number;
  readonly overdueGeneral: number;
}

export interface UnscoredTask {
  readonly code: string;
  readonly title: string;
  readonly weight: number;
}

/** `GET /assessments/:year/units/:unitId`, computed by `assess`. Points are exact. */
export interface AssessmentResult {
  readonly unitId: string;
  readonly unitName: string;
  readonly unitKind: UnitKind;
  readonly year: number;
  /** False when the unit has no active agreement for the year (no tasks, no control indicators). */
  readonly assessed: boolean;
  readonly agreementId: string | null;
  /** min(end of the CST window − 1 ms, reading time), ISO UTC. */
  readonly referenceDate: string;
  readonly finalized: boolean;
  readonly score: number;
  readonly grade: Grade;
  readonly vetoed: boolean;
  readonly vetoReasons: readonly VetoReason[];
  readonly yellowCard: boolean;
  readonly sections: { readonly tasks: number; readonly outcomes: number; readonly bonus: number };
  readonly items: readonly ExplanationItem[];
  readonly unscoredTasks: readonly UnscoredTask[];
  readonly rectificationRate: RectificationRateResult;
  readonly promotionBars: readonly PromotionBar[];
  readonly awardDisqualified: boolean;
  readonly controlIndicators: readonly ControlIndicatorResult[];
  /** Escalation candidates at the reference date (升级问责建议), for context: they cost no points. */
  readonly escalations: readonly EscalationCandidate[];
}
