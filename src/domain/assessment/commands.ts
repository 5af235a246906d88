import type { TaskMetric } from '../agreements/tasks';

/** `yearFinalized` is read by the handler from the `assessmentyear-<year>` stream. */
interface YearCommand {
  readonly year: number;
  readonly yearFinalized: boolean;
  readonly now: string;
}

/** `scheme` is the document as received; the decider validates it. Published at `now`. */
export interface PublishScheme extends YearCommand {
  readonly type: 'PublishScheme';
  readonly scheme: unknown;
}

export type SchemeCommand = PublishScheme;

export interface ScoredTaskRef {
  readonly code: string;
  readonly weight: number;
  readonly metric?: TaskMetric;
}

/** The unit's active agreement for the year, or `null` when it has none. */
export interface ActiveAgreementRef {
  readonly id: string;
  readonly tasks: readonly ScoredTaskRef[];
}

export interface ScoreTask extends YearCommand {
  readonly type: 'ScoreTask';
  readonly unitId: string;
  readonly taskCode: string;
  readonly score: number;
  readonly evaluatedAt: string;
  readonly evidence: string;
  readonly agreement: ActiveAgreementRef | null;
}

export interface AwardCommendation extends YearCommand {
  readonly type: 'AwardCommendation';
  readonly unitId: string;
  readonly level: string;
  readonly reason: string;
  readonly awardedAt: string;
}

export type UnitYearCommand = ScoreTask | AwardCommendation;

export interface FinalizeAssessmentYear {
  readonly type: 'FinalizeAssessmentYear';
  readonly year: number;
  readonly finalizedAt: string;
  readonly now: string;
}

export type AssessmentYearCommand = FinalizeAssessmentYear;
