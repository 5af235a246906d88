import { isNaturePending } from '../incidents/nature';
import { gradeAtLeast, INCIDENT_GRADES } from '../incidents/grading';
import { MISREPORTING_KINDS } from '../incidents/misreporting';
import { cstDate } from '../shared/time';
import { deduction, type OutcomeRules } from './deduction';
import type { IncidentFact, MisreportingFindingFact } from './facts';
import type { ControlIndicatorResult, ExplanationItem } from './result';

const gradeLabel = (grade: string): string =>
  INCIDENT_GRADES.find((g) => g.code === grade)?.label ?? grade;

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
          `${gradeLabel(incident.grade)} ${incident.id}`,
          outcomes.largerOrWorseIncident,
          incident.events,
          isNaturePending(incident.nature),
        )
      : deduction(
          'general_incident',
          `一般事故 ${incident.id}（死亡 ${incident.deaths} 人、重伤 ${incident.seriousInjuries} 人）`,
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
            `控制指标超标：${indicator.label}（${indicator.indicator}，上限 ${indicator.cap}，超标事故 ${indicator.pushedPastCapBy.incidentId}）`,
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
      `${MISREPORTING_KINDS.find((k) => k.code === finding.kind)?.label ?? finding.kind}（${finding.kind}）：事故 ${finding.incident.id}，认定于 ${cstDate(finding.establishedAt)}`,
      outcomes.misreportingFinding,
      [finding.event],
    ),
  );
}
