import type { Casualties } from './grading';
import type { CorrectableField, LiableParty } from './state';

/** What the handler knows of the place (an existing unit) the incident is reported for. */
export interface IncidentPlace {
  readonly unitId: string;
  readonly kind: string;
  readonly industry?: string;
}

export interface ReportIncident extends Casualties {
  readonly type: 'ReportIncident';
  readonly id: string;
  readonly unitId: string;
  readonly industry: string;
  readonly occurredAt: string;
  /** Defaults to `occurredAt`. */
  readonly headInformedAt?: string;
  readonly reportedAt: string;
  readonly description: string;
  readonly place: IncidentPlace;
  readonly now: string;
}

export interface ReviseCasualties extends Casualties {
  readonly type: 'ReviseCasualties';
  readonly revisedAt: string;
  readonly now: string;
}

export interface EstablishMisreportingFinding {
  readonly type: 'EstablishMisreportingFinding';
  readonly kind: string;
  readonly establishedAt: string;
  readonly detail: string;
  /** Default: the incident's place. */
  readonly responsibleUnitIds?: readonly string[];
  readonly responsiblePersonIds?: readonly string[];
  readonly now: string;
}

export interface OpenInvestigation {
  readonly type: 'OpenInvestigation';
  readonly openedAt: string;
  readonly now: string;
}

export interface ExtendInvestigation {
  readonly type: 'ExtendInvestigation';
  readonly until: string;
  readonly reason: string;
  /** Defaults to `now`. */
  readonly extendedAt?: string;
  readonly now: string;
}

export interface ConcludeInvestigation {
  readonly type: 'ConcludeInvestigation';
  readonly concludedAt: string;
  readonly cause: string;
  readonly liable: readonly LiableParty[];
  readonly measures: readonly string[];
  /** Default: `liability`. */
  readonly nature?: string;
  readonly now: string;
}

export interface CorrectIncidentDetails {
  readonly type: 'CorrectIncidentDetails';
  readonly field: CorrectableField;
  readonly to: string;
  readonly reason: string;
  /** Defaults to `now`. */
  readonly correctedAt?: string;
  readonly now: string;
}

export interface RecordRelay {
  readonly type: 'RecordRelay';
  readonly unitId: string;
  readonly receivedAt: string;
  readonly forwardedAt: string;
  readonly now: string;
}

/** An office user's proposal: it changes nothing until a different user approves it. */
export interface ProposeIncidentCorrection {
  readonly type: 'ProposeIncidentCorrection';
  readonly correctionId: string;
  readonly field: CorrectableField;
  readonly to: string;
  readonly reason: string;
  readonly proposedBy: string;
  /** Defaults to `now`. */
  readonly proposedAt?: string;
  readonly now: string;
}

export interface ApproveIncidentCorrection {
  readonly type: 'ApproveIncidentCorrection';
  readonly correctionId: string;
  readonly approvedBy: string;
  readonly approvedAt: string;
  readonly now: string;
}

export interface RejectIncidentCorrection {
  readonly type: 'RejectIncidentCorrection';
  readonly correctionId: string;
  readonly rejectedBy: string;
  readonly reason: string;
  /** Defaults to `now`. */
  readonly rejectedAt?: string;
  readonly now: string;
}

export type IncidentCommand =
  | ReportIncident
  | ReviseCasualties
  | EstablishMisreportingFinding
  | OpenInvestigation
  | ExtendInvestigation
  | ConcludeInvestigation
  | RecordRelay
  | ProposeIncidentCorrection
  | ApproveIncidentCorrection
  | RejectIncidentCorrection;
