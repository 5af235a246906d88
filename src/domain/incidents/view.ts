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

export interface InvestigationView {
  status: 'open' | 'concluded';
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

export interface FindingView extends Omit<
  MisreportingFinding,
  'responsibleUnitIds' | 'responsiblePersonIds'
> {
  responsibleUnitIds: string[];
  responsiblePersonIds: string[];
}

export interface IncidentView extends Casualties {
  id: string;
  unitId: string;
  industry: string;
  occurredAt: string;
  reportedAt: string;
  description: string;
  grade: IncidentGrade;
  late: boolean;
  revisions: CasualtyRevision[];
  revisedAfterWindow: boolean;
  findings: FindingView[];
  investigation: InvestigationView | null;
  corrections: DetailsCorrection[];
  headInformedAt: string;
  relays: Relay[];
  /** 事故性质 as concluded; `pending` before the conclusion. */
  nature: IncidentNature;
}

/**
 * The resource view. An open investigation is overdue when `referenceIso` (the reading time)
 * is past its deadline; without it only a concluded investigation can show as overdue.
 */
export function toIncidentView(incident: Incident, referenceIso?: string): IncidentView {
  return {
    id: incident.id,
    unitId: incident.unitId,
    industry: incident.industry,
    occurredAt: incident.occurredAt,
    reportedAt: incident.reportedAt,
    deaths: incident.deaths,
    seriousInjuries: incident.seriousInjuries,
    directLossYuan: incident.directLossYuan,
    description: incident.description,
    grade: incident.grade,
    late: incident.late,
    revisions: incident.revisions.map((r) => ({ ...r })),
    revisedAfterWindow: incident.revisions.some((r) => r.revisedAfterWindow),
    findings: incident.findings.map((f) => ({
      ...f,
      responsibleUnitIds: [...f.responsibleUnitIds],
      responsiblePersonIds: [...f.responsiblePersonIds],
    })),
    investigation: toInvestigationView(incident, referenceIso),
    corrections: incident.corrections.map((c) => ({ ...c })),
    headInformedAt: headInformedAtOf(incident),
    relays: incident.relays.map((r) => ({ ...r })),
    nature: incident.investigation?.conclusion?.nature ?? 'pending',
  };
}

function toInvestigationView(incident: Incident, referenceIso?: string): InvestigationView | null {
  const { investigation } = incident;
  if (!investigation) return null;
  const { extension, conclusion } = investigation;
  const overdue = conclusion
    ? conclusion.overdue
    : referenceIso !== undefined && isInvestigationOverdue(incident, referenceIso);
  return {
    status: conclusion ? 'concluded' : 'open',
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
