import type { Dossier, DossierWindow } from '../../../projections/queries/dossier';
import type {
  IncidentChain,
  ResponsibilityChain,
} from '../../../projections/queries/responsibility-chain';
import type { QuarterStandings } from '../assessment/queries/quarter-answer';
import type { EscalationView } from '../assessment/queries/year-escalations';
import type { UnitControlIndicators } from '../assessment/queries/unit-control-indicators';
import type {
  UnitAssessment,
  YearAssessment,
  YearSummary,
} from '../assessment/queries/year-answer';

/** Where a year's finalisation is in the log, and when it was decided. */
export interface Finalization {
  position: number;
  finalizedAt: string;
}

/**
 * Answers as recorded at a past time, each computed from the projections replayed in memory over
 * the events recorded by then (as-of-snapshots.ts). Only plain data goes in and out: an
 * implementation may answer from another thread.
 */
export interface AsOfQueries {
  year(year: number, asOf: string): Promise<YearAssessment>;
  /** A finalised year's results as they stood at finalisation (the log replayed up to it). */
  frozenYear(year: number, finalization: Finalization, readingTime: string): Promise<YearSummary>;
  /** The year's four quarters (季度考评), read at `asOf`. */
  quarters(year: number, asOf: string): Promise<QuarterStandings[]>;
  /** The escalation candidates (升级问责建议) of a unit and the units below it, read at `asOf`. */
  escalations(year: number, withinUnitId: string | null, asOf: string): Promise<EscalationView[]>;
  /** Null for a unit the year does not have. */
  unit(year: number, unitId: string, asOf: string): Promise<UnitAssessment | null>;
  controlIndicators(
    year: number,
    unitId: string,
    asOf: string,
  ): Promise<UnitControlIndicators | null>;
  /** The chain of a unit at `at`, as recorded at `asOf`; null for a unit not recorded by then. */
  unitChain(unitId: string, at: string, asOf: string): Promise<ResponsibilityChain | null>;
  incidentChain(incidentId: string, asOf: string): Promise<IncidentChain | null>;
  /** A person's dossier (unscoped) as recorded at `asOf`; null for a person not named by then. */
  dossier(personId: string, window: DossierWindow, asOf: string): Promise<Dossier | null>;
}

export type AsOfMethod = keyof AsOfQueries;

/** AsOfReader (on the calling thread) or AsOfThread (in a worker thread of its own). */
export interface AsOfReads extends AsOfQueries {
  close(): Promise<void>;
}

export const AS_OF_READS = Symbol('AS_OF_READS');
