import { labelOf } from '../shared/labels';
import type { CorrectionEventRef } from './correction-trail';
import type { Casualties, IncidentGrade } from './grading';
import { investigationDeadline, isInvestigationOverdue } from './investigation';
import type { IncidentNature } from './nature';
import type {
  CasualtyRevision,
  DetailsCorrection,
  Incident,
  LiableParty,
  MisreportingFinding,
  Relay,
} from './state';
import { headInformedAtOf } from './state';

export type InvestigationStatus = 'open' | 'concluded';

export const INVESTIGATION_STATUSES: readonly InvestigationStatus[] = ['open', 'concluded'];

export interface InvestigationView {
  status: InvestigationStatus;
  /** 调查中 / 已结案. */
  statusLabel: string;
  openedAt: string;
  deadline: string;
  extendedUntil?: string;
  extensionReason?: string;
  concludedAt?: string;
  cause?: string;
  liable?: LiableParty[];
  measures?: string[];
  overdue: boolean;
}

/** A finding of 迟报、漏报、谎报、瞒报 in force. */
export interface FindingView extends Omit<
  MisreportingFinding,
  'responsibleUnitIds' | 'responsiblePersonIds'
> {
  /** 迟报 / 漏报 / 谎报 / 瞒报. */
  kindLabel: string;
  responsibleUnitIds: string[];
  responsiblePersonIds: string[];
}

/** A casualty revision (伤亡补报) with the grades before and after it. */
export interface RevisionView extends CasualtyRevision {
  previousGradeLabel: string;
  gradeLabel: string;
}

/** A correction of the incident's details (四眼原则), with Chinese labels. */
export type CorrectionView = DetailsCorrection & {
  /** The corrected field, in Chinese. */
  fieldLabel: string;
  /** 待审核 / 已更正 / 已驳回. */
  statusLabel: string;
  /** The events behind it (proposal, then approval or rejection); on reads, not on write answers. */
  events?: CorrectionEventRef[];
};

/** `GET /incidents/:id` and each item of `GET /incidents`. */
export interface IncidentView extends Casualties {
  id: string;
  unitId: string;
  industry: string;
  /** 行业, in Chinese. */
  industryLabel: string;
  occurredAt: string;
  reportedAt: string;
  description: string;
  grade: IncidentGrade;
  /** 一般事故 / 较大事故 / 重大事故 / 特别重大事故. */
  gradeLabel: string;
  late: boolean;
  revisions: RevisionView[];
  revisedAfterWindow: boolean;
  findings: FindingView[];
  investigation: InvestigationView | null;
  corrections: CorrectionView[];
  headInformedAt: string;
  relays: Relay[];
  /** 事故性质 as concluded; `pending` before the conclusion. */
  nature: IncidentNature;
  natureLabel: string;
}

/**
 * The resource view. An open investigation is overdue when `referenceIso` (the reading time)
 * is past its deadline; without it only a concluded investigation can show as overdue. Reads give
 * the events behind each correction (`correctionTrails`, in the order of `incident.corrections`).
 */
export function toIncidentView(
  incident: Incident,
  referenceIso?: string,
  correctionTrails?: readonly CorrectionEventRef[][],
): IncidentView {
  const nature = incident.investigation?.conclusion?.nature ?? 'pending';
  return {
    id: incident.id,
    unitId: incident.unitId,
    industry: incident.industry,
    industryLabel: labelOf('industry', incident.industry),
    occurredAt: incident.occurredAt,
    reportedAt: incident.reportedAt,
    deaths: incident.deaths,
    seriousInjuries: incident.seriousInjuries,
    directLossYuan: incident.directLossYuan,
    description: incident.description,
    grade: incident.grade,
    gradeLabel: labelOf('incidentGrade', incident.grade),
    late: incident.late,
    revisions: incident.revisions.map((r) => ({
      ...r,
      previousGradeLabel: labelOf('incidentGrade', r.previousGrade),
      gradeLabel: labelOf('incidentGrade', r.grade),
    })),
    revisedAfterWindow: incident.revisions.some((r) => r.revisedAfterWindow),
    findings: incident.findings.map(({ kind, ...f }) => ({
      kind,
      kindLabel: labelOf('misreportingKind', kind),
      ...f,
      responsibleUnitIds: [...f.responsibleUnitIds],
      responsiblePersonIds: [...f.responsiblePersonIds],
    })),
    investigation: toInvestigationView(incident, referenceIso),
    corrections: incident.corrections.map((c, i) => ({
      ...c,
      fieldLabel: labelOf('correctableField', c.field),
      statusLabel: labelOf('correctionStatus', c.status),
      ...(correctionTrails && { events: [...(correctionTrails[i] ?? [])] }),
    })),
    headInformedAt: headInformedAtOf(incident),
    relays: incident.relays.map((r) => ({ ...r })),
    nature,
    natureLabel: labelOf('incidentNature', nature),
  };
}

function toInvestigationView(incident: Incident, referenceIso?: string): InvestigationView | null {
  const { investigation } = incident;
  if (!investigation) return null;
  const { extension, conclusion } = investigation;
  const overdue = conclusion
    ? conclusion.overdue
    : referenceIso !== undefined && isInvestigationOverdue(incident, referenceIso);
  const status = conclusion ? 'concluded' : 'open';
  return {
    status,
    statusLabel: labelOf('investigationStatus', status),
    openedAt: investigation.openedAt,
    deadline: investigationDeadline(incident),
    ...(extension && { extendedUntil: extension.until, extensionReason: extension.reason }),
    ...(conclusion && {
      concludedAt: conclusion.concludedAt,
      cause: conclusion.cause,
      liable: conclusion.liable.map((p) => ({ ...p })),
      measures: [...conclusion.measures],
    }),
    overdue,
  };
}
