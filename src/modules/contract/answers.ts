import type { StatisticsFact } from '../../domain/assessment/facts';
import type { ControlIndicatorResult } from '../../domain/assessment/result';
import type { Commendation, TaskScore } from '../../domain/assessment/unit-year-decider';
import type { ProvisionalResultView } from '../../domain/assessment/views';
import type { CorrectionView } from '../../domain/incidents/view';
import type { HazardView } from '../../domain/inspections/hazard/view';
import type { InspectionView } from '../../domain/inspections/inspection/view';
import type { UserView } from '../../domain/users/view';
import type { HazardLedger } from '../../../projections/queries/hazard-ledger';
import type { ProblemLedger } from '../../../projections/queries/problem-ledger';

/** A write's answer: the resource's view and the global position of the write's last event. */
export type Written<View> = View & {
  /** Pass as `?minPosition=` to a read to see this write in the read models. */
  position: number;
};

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

/** A commendation (表彰) with its level in Chinese. */
export type CommendationView = Commendation & { levelLabel: string };

/** A unit's task scores and commendations for the year, after a write. */
export interface UnitYearScores {
  year: number;
  unitId: string;
  scores: Readonly<Record<string, TaskScore>>;
  commendations: CommendationView[];
  position: number;
}

/** `POST /assessments/:year/finalization`: what the finalisation locked while provisional. */
export interface YearFinalization {
  year: number;
  finalized: boolean;
  finalizedAt: string | null;
  position: number;
  provisional: ProvisionalResultView[];
}

/** `POST /users`: the user, and its token on the first registration only. */
export type UserRegistered = Written<UserView> & { token?: string };

/** `POST /users/:id/token`: the user and its new token. */
export type UserToken = Written<UserView> & { token: string };

/** `POST /incidents/:id/corrections`: the proposed correction, awaiting a second person. */
export type CorrectionProposed = CorrectionView & { incidentId: string; position: number };

/** `GET /hazard-ledger`: a unit's hazard ledger (隐患台账) for a month or a year. */
export type UnitHazardLedger = HazardLedger & {
  unitId: string;
  /** `?year=…&byMonth=true`: the ledger of each month of the year, January first. */
  months?: HazardLedger[];
};

/** `GET /problem-ledger`: the ledger of the unit named (its problems and those below it). */
export type UnitProblemLedger = ProblemLedger & { unitId: string };

/** `POST /inspections`: the inspection and the hazards it identified. */
export interface InspectionWithHazards extends InspectionView {
  hazards: HazardView[];
}
