import type { Casualties, IncidentGrade } from './grading';
import type { MisreportingKind } from './misreporting';
import type { ConcludedNature } from './nature';

/** The reported casualties and loss: a correction of one re-grades the incident. */
export const CASUALTY_FIELDS = ['deaths', 'seriousInjuries', 'directLossYuan'] as const;

export const CORRECTABLE_FIELDS = [
  'description',
  'unitId',
  'industry',
  'occurredAt',
  'reportedAt',
  'headInformedAt',
  ...CASUALTY_FIELDS,
] as const;

export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export type CasualtyField = (typeof CASUALTY_FIELDS)[number];

export const isCasualtyField = (field: CorrectableField): field is CasualtyField =>
  (CASUALTY_FIELDS as readonly string[]).includes(field);

export interface CasualtyRevision extends Casualties {
  readonly revisedAt: string;
  readonly previousGrade: IncidentGrade;
  readonly grade: IncidentGrade;
  readonly revisedAfterWindow: boolean;
}

export interface MisreportingFinding {
  readonly kind: MisreportingKind;
  readonly establishedAt: string;
  readonly detail: string;
  readonly automatic: boolean;
  readonly responsibleUnitIds: readonly string[];
  readonly responsiblePersonIds: readonly string[];
  /** The relaying unit, on the automatic finding of a late relay. */
  readonly relayUnitId?: string;
}

export interface Relay {
  readonly unitId: string;
  readonly receivedAt: string;
  readonly forwardedAt: string;
  readonly late: boolean;
}

export interface LiableParty {
  readonly personId?: string;
  readonly unitId?: string;
  readonly role: string;
  readonly finding: string;
}

export interface InvestigationExtension {
  readonly until: string;
  readonly reason: string;
  readonly extendedAt: string;
}

export interface InvestigationConclusion {
  readonly concludedAt: string;
  readonly cause: string;
  readonly liable: readonly LiableParty[];
  readonly measures: readonly string[];
  readonly overdue: boolean;
  readonly nature: ConcludedNature;
}

export interface Investigation {
  readonly openedAt: string;
  readonly extension: InvestigationExtension | null;
  readonly conclusion: InvestigationConclusion | null;
}

export const CORRECTION_STATUSES = ['pending', 'applied', 'rejected'] as const;

export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

/**
 * A correction (四眼原则): proposed, then applied or rejected by a different user. One recorded
 * before the four-eyes rule is `applied` with neither `correctionId`, `proposedBy` nor `approvedBy`.
 */
export interface DetailsCorrection {
  readonly correctionId?: string;
  readonly status: CorrectionStatus;
  readonly field: CorrectableField;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
  readonly proposedBy?: string;
  readonly proposedAt?: string;
  readonly approvedBy?: string;
  /** When it was applied (its approval). */
  readonly correctedAt?: string;
  readonly rejectedBy?: string;
  readonly rejectedAt?: string;
  readonly rejectionReason?: string;
}

export interface Incident extends Casualties {
  readonly id: string;
  readonly unitId: string;
  readonly industry: string;
  readonly occurredAt: string;
  readonly reportedAt: string;
  /** Given only when the head learnt of it after occurrence; see `headInformedAtOf`. */
  readonly headInformedAt?: string;
  readonly description: string;
  readonly grade: IncidentGrade;
  readonly late: boolean;
  readonly revisions: readonly CasualtyRevision[];
  readonly findings: readonly MisreportingFinding[];
  readonly investigation: Investigation | null;
  readonly corrections: readonly DetailsCorrection[];
  readonly relays: readonly Relay[];
}

/** `null` until the incident is reported. */
export type IncidentState = Incident | null;

/** The reporting hour runs from when the head learnt of it: at occurrence unless told otherwise. */
export const headInformedAtOf = (
  incident: Pick<Incident, 'occurredAt' | 'headInformedAt'>,
): string => incident.headInformedAt ?? incident.occurredAt;

/**
 * The value a correction of `field` starts from, as text (a never-given `headInformedAt` is
 * `occurredAt`; a count or amount in decimal).
 */
export const correctableValue = (incident: Incident, field: CorrectableField): string =>
  isCasualtyField(field)
    ? String(incident[field])
    : field === 'headInformedAt'
      ? headInformedAtOf(incident)
      : incident[field];
