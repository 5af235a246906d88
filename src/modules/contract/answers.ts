import type { Grade } from '../../domain/assessment/scheme';
import type { RestingCorrection } from '../../domain/assessment/corrections';
import type { StatisticsFact } from '../../domain/assessment/facts';
import type { ProvisionalResult } from '../../domain/assessment/provisional';
import type {
  AssessmentResult,
  ControlIndicatorResult,
  VetoReason,
} from '../../domain/assessment/result';
import type { Commendation, TaskScore } from '../../domain/assessment/unit-year-decider';
import type { CorrectionWithEvents } from '../../domain/incidents/correction-trail';
import type { DetailsCorrection } from '../../domain/incidents/state';
import type { IncidentView } from '../../domain/incidents/view';
import type { HazardView } from '../../domain/inspections/hazard/view';
import type { InspectionView } from '../../domain/inspections/inspection/view';
import type { UnitKind } from '../../domain/units/codes';
import type { UserView } from '../../domain/users/view';
import type { HazardLedger } from '../../../projections/queries/hazard-ledger';
import type { ProblemLedger } from '../../../projections/queries/problem-ledger';
import type { PostFinalizationChange } from '../assessment/queries/year-answer';

/** A write's answer: the resource's view and the global position of the write's last event. */
export type Written<View> = View & {
  /** Pass as `?minPosition=` to a read to see this write in the read models. */
  position: number;
};

/** One unit's line in the league table (考核排名). */
export interface LeagueRow {
  unitId: string;
  name: string;
  kind: UnitKind;
  score: number;
  grade: Grade;
  vetoed: boolean;
  yellowCard: boolean;
  rank: number;
}

/** `GET /assessments/:year`: every assessed unit, ranked. */
export interface LeagueTable {
  year: number;
  finalized: boolean;
  finalizedAt: string | null;
  /** The recording time the answer was read at (`?asOf=`), or null for the live record. */
  asOf: string | null;
  units: LeagueRow[];
  /** Records changed after the finalisation that would change a locked result. */
  postFinalizationChanges: PostFinalizationChange[];
}

/** `GET /assessments/:year/units/:unitId`: the result with every item explained. */
export interface UnitAssessmentAnswer extends AssessmentResult {
  /** Among the assessed units of its kind; absent for a unit the year does not assess. */
  rank?: number;
  asOf: string | null;
  postFinalizationChanges: PostFinalizationChange[];
  /** Corrections of incidents that the result rests on, with their events. */
  corrections: RestingCorrection[];
}

/** A unit barred from commendation (评优评先) for the year, and why. */
export interface AwardDisqualification {
  unitId: string;
  name: string;
  /** The veto reasons in words, joined. */
  reason: string;
  vetoReasons: readonly VetoReason[];
}

/** A control indicator of a unit with the agreement's cap, if it sets one. */
export type MeasuredIndicator = Omit<
  ControlIndicatorResult,
  'pushedPastCapBy' | 'cap' | 'exceeded' | 'provisional'
> & { cap: number | null; exceeded: boolean };

/** `GET /assessments/:year/units/:unitId/control-indicators`. */
export interface UnitControlIndicators {
  unitId: string;
  year: number;
  statistics: StatisticsFact | null;
  indicators: MeasuredIndicator[];
}

/** A unit's task scores and commendations for the year, after a write. */
export interface UnitYearScores {
  year: number;
  unitId: string;
  scores: Readonly<Record<string, TaskScore>>;
  commendations: readonly Commendation[];
  position: number;
}

/** `POST /assessments/:year/finalization`: what the finalisation locked while provisional. */
export interface YearFinalization {
  year: number;
  finalized: boolean;
  finalizedAt: string | null;
  position: number;
  provisional: ProvisionalResult[];
}

/** `POST /users`: the user, and its token on the first registration only. */
export type UserRegistered = Written<UserView> & { token?: string };

/** `POST /users/:id/token`: the user and its new token. */
export type UserToken = Written<UserView> & { token: string };

/** An incident with each correction's events. */
export type IncidentDetail = Omit<IncidentView, 'corrections'> & {
  corrections: CorrectionWithEvents[];
};

/** `POST /incidents/:id/corrections`: the proposed correction, awaiting a second person. */
export type CorrectionProposed = DetailsCorrection & { incidentId: string; position: number };

/** `GET /hazard-ledger`: a unit's hazard ledger (隐患台账) for a month or a year. */
export type UnitHazardLedger = HazardLedger & { unitId: string };

/** `GET /problem-ledger`: the ledger of the unit named (its problems and those below it). */
export type UnitProblemLedger = ProblemLedger & { unitId: string };

/** `POST /inspections`: the inspection and the hazards it identified. */
export interface InspectionWithHazards extends InspectionView {
  hazards: HazardView[];
}
