import type { DomainEvent } from '../shared/decider';
import type { Casualties, IncidentGrade } from './grading';
import type { MisreportingKind } from './misreporting';
import type { ConcludedNature } from './nature';
import type { CorrectableField, LiableParty } from './state';

export type IncidentReported = DomainEvent<
  'IncidentReported',
  Casualties & {
    id: string;
    unitId: string;
    industry: string;
    /** The enterprise's registered industry, present only when it differs from `industry`. */
    registeredIndustry?: string;
    occurredAt: string;
    /** When the unit's head learnt of it; absent (as in every report before it existed): at occurrence. */
    headInformedAt?: string;
    reportedAt: string;
    description: string;
    grade: IncidentGrade;
    late: boolean;
  }
>;

export type CasualtiesRevised = DomainEvent<
  'CasualtiesRevised',
  Casualties & {
    revisedAt: string;
    previousGrade: IncidentGrade;
    grade: IncidentGrade;
    revisedAfterWindow: boolean;
  }
>;

export type MisreportingFindingEstablished = DomainEvent<
  'MisreportingFindingEstablished',
  {
    kind: MisreportingKind;
    establishedAt: string;
    detail: string;
    automatic: boolean;
    /** Absent in findings recorded before they named them: the place at the time. */
    responsibleUnitIds?: string[];
    responsiblePersonIds?: string[];
    /** Set on the automatic finding of a late relay: the relaying unit. */
    relayUnitId?: string;
  }
>;

/** Only automatic `late` findings are withdrawn, when a correction of times changes them. */
export type MisreportingFindingWithdrawn = DomainEvent<
  'MisreportingFindingWithdrawn',
  { kind: MisreportingKind; withdrawnAt: string; reason: string }
>;

export type InvestigationOpened = DomainEvent<'InvestigationOpened', { openedAt: string }>;

export type InvestigationExtended = DomainEvent<
  'InvestigationExtended',
  { until: string; reason: string; extendedAt: string }
>;

export type InvestigationConcluded = DomainEvent<
  'InvestigationConcluded',
  {
    concludedAt: string;
    cause: string;
    liable: LiableParty[];
    measures: string[];
    overdue: boolean;
    /** Raised to `liability` by an upcaster when a conclusion recorded before natures lacks it. */
    nature: ConcludedNature;
  }
>;

/** A government level passed the report up (493号令 art. 10); `late` past 2 hours. */
export type IncidentRelayed = DomainEvent<
  'IncidentRelayed',
  { unitId: string; receivedAt: string; forwardedAt: string; late: boolean }
>;

export type IncidentDetailsCorrected = DomainEvent<
  'IncidentDetailsCorrected',
  {
    field: CorrectableField;
    from: string;
    to: string;
    reason: string;
    correctedAt: string;
    /** `late` as re-derived after the correction. */
    late: boolean;
    /** On a correction of the casualties or loss: the incident's grade after it. */
    grade?: IncidentGrade;
    /** Absent on a correction recorded before the four-eyes rule (applied at once). */
    correctionId?: string;
    proposedBy?: string;
    approvedBy?: string;
  }
>;

export type IncidentCorrectionProposed = DomainEvent<
  'IncidentCorrectionProposed',
  {
    correctionId: string;
    field: CorrectableField;
    from: string;
    to: string;
    reason: string;
    proposedAt: string;
    proposedBy: string;
  }
>;

export type IncidentCorrectionRejected = DomainEvent<
  'IncidentCorrectionRejected',
  { correctionId: string; reason: string; rejectedAt: string; rejectedBy: string }
>;

export type IncidentEvent =
  | IncidentReported
  | CasualtiesRevised
  | MisreportingFindingEstablished
  | MisreportingFindingWithdrawn
  | InvestigationOpened
  | InvestigationExtended
  | InvestigationConcluded
  | IncidentDetailsCorrected
  | IncidentRelayed
  | IncidentCorrectionProposed
  | IncidentCorrectionRejected;
