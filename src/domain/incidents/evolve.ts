import type { IncidentEvent, MisreportingFindingEstablished } from './events';
import { gradeIncident, type IncidentGrade } from './grading';
import { followsOldPlaceCorrection, isAutomaticLateReportFinding } from './lateness';
import { isReportFinding } from './relay';
import { isRevisedAfterWindow } from './revision-window';
import {
  type CorrectableField,
  type DetailsCorrection,
  type Incident,
  type IncidentState,
  type Investigation,
  isCasualtyField,
  type MisreportingFinding,
} from './state';

export function evolveIncident(state: IncidentState, event: IncidentEvent): IncidentState {
  if (event.type === 'IncidentReported') {
    const { registeredIndustry: _registered, ...reported } = event.data;
    return {
      ...reported,
      revisions: [],
      findings: [],
      investigation: null,
      corrections: [],
      relays: [],
    };
  }
  return state ? evolveReported(state, event) : state;
}

function evolveReported(incident: Incident, event: IncidentEvent): Incident {
  switch (event.type) {
    case 'CasualtiesRevised': {
      const { deaths, seriousInjuries, directLossYuan, grade } = event.data;
      return {
        ...incident,
        deaths,
        seriousInjuries,
        directLossYuan,
        grade,
        revisions: [...incident.revisions, event.data],
      };
    }
    case 'MisreportingFindingEstablished':
      return { ...incident, findings: [...incident.findings, findingOf(event.data, incident)] };
    case 'MisreportingFindingWithdrawn':
      return {
        ...incident,
        findings: incident.findings.filter(
          (f) => f.kind !== event.data.kind || !isReportFinding(f),
        ),
      };
    case 'IncidentRelayed':
      return { ...incident, relays: [...incident.relays, event.data] };
    case 'InvestigationOpened':
      return {
        ...incident,
        investigation: { openedAt: event.data.openedAt, extension: null, conclusion: null },
      };
    case 'InvestigationExtended':
      return withInvestigation(incident, { extension: event.data });
    case 'InvestigationConcluded':
      return withInvestigation(incident, { conclusion: event.data });
    case 'IncidentDetailsCorrected': {
      const { field, to, late, grade, ...rest } = event.data;
      const corrected: Incident = isCasualtyField(field)
        ? regraded({ ...incident, [field]: Number(to) }, grade)
        : { ...incident, [field]: to };
      return {
        ...corrected,
        late,
        revisions: revisionsJudgedAfter(corrected, field),
        findings: followsOldPlaceCorrection(event.data)
          ? movedLateFindings(incident, to)
          : incident.findings,
        corrections: withCorrection(incident.corrections, {
          ...rest,
          field,
          to,
          status: 'applied',
        }),
      };
    }
    case 'IncidentCorrectionProposed':
      return {
        ...incident,
        corrections: [...incident.corrections, { ...event.data, status: 'pending' }],
      };
    case 'IncidentCorrectionRejected': {
      const { reason, ...rejection } = event.data;
      return {
        ...incident,
        corrections: withCorrection(incident.corrections, {
          ...rejection,
          rejectionReason: reason,
          status: 'rejected',
        }),
      };
    }
    default:
      return incident;
  }
}

/** The grade the correction recorded (always, on a correction of the casualties or loss). */
const regraded = (incident: Incident, grade: IncidentGrade | undefined): Incident => ({
  ...incident,
  grade: grade ?? gradeIncident(incident),
});

/**
 * The revision window runs from `occurredAt` and depends on the industry: a correction of either
 * judges every revision again against the corrected window, as `late` follows corrected times.
 */
function revisionsJudgedAfter(incident: Incident, field: CorrectableField): Incident['revisions'] {
  if (field !== 'occurredAt' && field !== 'industry') return incident.revisions;
  return incident.revisions.map((r) => ({
    ...r,
    revisedAfterWindow: isRevisedAfterWindow(incident.occurredAt, incident.industry, r.revisedAt),
  }));
}

/** A place correction of the previous release moves the automatic late finding (see lateness.ts). */
function movedLateFindings(incident: Incident, place: string): MisreportingFinding[] {
  return incident.findings.map((f) =>
    isAutomaticLateReportFinding(f) ? { ...f, responsibleUnitIds: [place] } : f,
  );
}

/** A finding recorded before findings named their responsible parties names the place then. */
function findingOf(
  data: MisreportingFindingEstablished['data'],
  incident: Incident,
): MisreportingFinding {
  return {
    ...data,
    responsibleUnitIds: data.responsibleUnitIds ?? [incident.unitId],
    responsiblePersonIds: data.responsiblePersonIds ?? [],
  };
}

function withInvestigation(incident: Incident, change: Partial<Investigation>): Incident {
  if (!incident.investigation) return incident;
  return { ...incident, investigation: { ...incident.investigation, ...change } };
}

/** Updates the proposal of the same `correctionId`; a correction without one is appended. */
function withCorrection(
  corrections: readonly DetailsCorrection[],
  change: Partial<DetailsCorrection> & Pick<DetailsCorrection, 'status'>,
): DetailsCorrection[] {
  const index = change.correctionId
    ? corrections.findIndex((c) => c.correctionId === change.correctionId)
    : -1;
  if (index < 0) return [...corrections, change as DetailsCorrection];
  return corrections.map((c, i) => (i === index ? { ...c, ...change } : c));
}
