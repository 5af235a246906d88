import { isNaturePending } from '../incidents/nature';
import { gradeAtLeast } from '../incidents/grading';
import { labelOf } from '../shared/labels';
import { cstDate } from '../shared/time';
import { deduction, type OutcomeRules } from './deduction';
import { findingEvents, type IncidentFact, type MisreportingFindingFact } from './facts';
import type { ControlIndicatorResult, ExplanationItem } from './result';

/**
 * Each incident of the year: a general one by its casualties, a larger or worse one flat;
 * provisional while its nature is `pending`.
 */
export function incidentDeductions(
  outcomes: OutcomeRules,
  incidents: readonly IncidentFact[],
): ExplanationItem[] {
  const { base, perDeath, perSeriousInjury } = outcomes.generalIncident;
  return incidents.map((incident) =>
    gradeAtLeast(incident.grade, 'larger')
      ? deduction(
          'larger_or_worse_incident',
          `${labelOf('incidentGrade', incident.grade)} ${incident.id}`,
          outcomes.largerOrWorseIncident,
          incident.events,
          isNaturePending(incident.nature),
        )
      : deduction(
          'general_incident',
          `${labelOf('incidentGrade', 'general')} ${incident.id}（死亡 ${incident.deaths} 人、重伤 ${incident.seriousInjuries} 人）`,
          base + perDeath * incident.deaths + perSeriousInjury * incident.seriousInjuries,
          incident.events,
          isNaturePending(incident.nature),
        ),
  );
}

/** Each control indicator exceeded, named by the incident that pushed it past the cap. */
export function indicatorDeductions(
  outcomes: OutcomeRules,
  indicators: readonly ControlIndicatorResult[],
): ExplanationItem[] {
  return indicators.flatMap((indicator) =>
    indicator.pushedPastCapBy
      ? [
          deduction(
            'control_indicator_exceeded',
            `${labelOf('vetoRule', `control_indicator:${indicator.indicator}`)}（上限 ${indicator.cap}，超标事故 ${indicator.pushedPastCapBy.incidentId}）`,
            outcomes.controlIndicatorExceeded,
            indicator.pushedPastCapBy.events,
            indicator.provisional,
          ),
        ]
      : [],
  );
}

/** Each misreporting finding of the year, for every unit of the chain; never provisional. */
export function findingDeductions(
  outcomes: OutcomeRules,
  findings: readonly MisreportingFindingFact[],
): ExplanationItem[] {
  return findings.map((finding) =>
    deduction(
      'misreporting_finding',
      `${labelOf('misreportingKind', finding.kind)}：事故 ${finding.incident.id}，认定于 ${cstDate(finding.establishedAt)}`,
      outcomes.misreportingFinding,
      findingEvents(finding),
    ),
  );
}
