import type { IncidentGrade } from '../incidents/grading';
import type { UnitKind } from '../units/codes';

export { validateScheme } from './scheme-validation';

export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Readonly<Record<Grade, string>> = {
  excellent: '优秀',
  good: '良好',
  pass: '合格',
  fail: '不合格',
};

export const COMMENDATION_LEVELS = ['national', 'provincial', 'municipal'] as const;
export type CommendationLevel = (typeof COMMENDATION_LEVELS)[number];
export const COMMENDATION_LEVEL_LABELS: Readonly<Record<CommendationLevel, string>> = {
  national: '国家级',
  provincial: '省级',
  municipal: '市级',
};

/** Points per occurrence, optionally capped in all; `cap: null` means no cap. */
export interface CappedDeduction {
  readonly each: number;
  readonly cap: number | null;
}

/** Vetoes a unit of one of `kinds` with at least `count` attributed incidents of `minGrade` or worse. */
export interface IncidentVetoRule {
  readonly kinds: readonly UnitKind[];
  readonly minGrade: IncidentGrade;
  readonly count: number;
}

/** The rules of a year's assessment as data (DOMAIN.md "Assessment"). */
export interface AssessmentScheme {
  readonly tasks: { readonly points: number };
  readonly outcomes: {
    readonly points: number;
    readonly generalIncident: {
      readonly base: number;
      readonly perDeath: number;
      readonly perSeriousInjury: number;
    };
    readonly largerOrWorseIncident: number;
    readonly controlIndicatorExceeded: number;
    readonly misreportingFinding: number;
    readonly overdueMajorHazard: CappedDeduction;
    readonly overdueGeneralHazard: CappedDeduction;
    /** Per problem a patrol raised that is overdue at the reference date; `each: 0` switches it off. */
    readonly overdueProblem: CappedDeduction;
    /** Below `threshold` percent: `perPoint` per percentage point short, at most `cap`. */
    readonly rectificationRate: {
      readonly threshold: number;
      readonly perPoint: number;
      readonly cap: number | null;
    };
    readonly circular: number;
    readonly interview: number;
  };
  readonly bonus: {
    readonly cap: number;
    readonly commendations: Readonly<Record<CommendationLevel, number>>;
  };
  /** Lowest score of each grade; below `pass` is `fail`. */
  readonly grades: { readonly excellent: number; readonly good: number; readonly pass: number };
  /** Not vetoed and `from` ≤ score < `below`. */
  readonly yellowCard: { readonly from: number; readonly below: number };
  readonly veto: {
    readonly incidents: readonly IncidentVetoRule[];
    readonly controlIndicatorExceeded: boolean;
    readonly misreportingFinding: boolean;
  };
}

export const DEFAULT_SCHEME: AssessmentScheme = {
  tasks: { points: 60 },
  outcomes: {
    points: 40,
    generalIncident: { base: 2, perDeath: 2, perSeriousInjury: 0.5 },
    largerOrWorseIncident: 10,
    controlIndicatorExceeded: 5,
    misreportingFinding: 10,
    overdueMajorHazard: { each: 3, cap: null },
    overdueGeneralHazard: { each: 0.2, cap: 5 },
    overdueProblem: { each: 1, cap: 5 },
    rectificationRate: { threshold: 95, perPoint: 1, cap: 10 },
    circular: 2,
    interview: 1,
  },
  bonus: { cap: 5, commendations: { national: 2, provincial: 1, municipal: 0.5 } },
  grades: { excellent: 90, good: 80, pass: 60 },
  yellowCard: { from: 60, below: 70 },
  veto: {
    incidents: [
      {
        kinds: ['town', 'village', 'park', 'department', 'enterprise'],
        minGrade: 'larger',
        count: 1,
      },
      { kinds: ['district'], minGrade: 'major', count: 1 },
      { kinds: ['district'], minGrade: 'larger', count: 3 },
      { kinds: ['city'], minGrade: 'especially_major', count: 1 },
      { kinds: ['city'], minGrade: 'major', count: 2 },
    ],
    controlIndicatorExceeded: true,
    misreportingFinding: true,
  },
};
