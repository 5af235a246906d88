import { costsNothing } from '../incidents/nature';
import { toMs, yearWindow } from '../shared/time';
import type {
  AccountabilityActionFact,
  AssessmentFacts,
  IncidentFact,
  MisreportingFindingFact,
} from './facts';

/** A finding on an incident of the three years before the window counts in the year established. */
export const MISREPORTING_LOOKBACK_YEARS = 3;

/**
 * The facts that fall in the assessment window, incidents in `occurredAt` order. Incidents that
 * cost nothing (non-liability, natural disaster) are left out; findings about them are not.
 * Hazards are windowed as they are read (`hazardsAt`).
 */
export interface YearFacts {
  readonly incidents: readonly IncidentFact[];
  readonly findings: readonly MisreportingFindingFact[];
  readonly actions: readonly AccountabilityActionFact[];
}

/** Oldest first; equal instants keep the order given. */
export function byOccurrence(incidents: readonly IncidentFact[]): IncidentFact[] {
  const ms = new Map(incidents.map((incident) => [incident, toMs(incident.occurredAt)]));
  return [...incidents].sort((a, b) => ms.get(a)! - ms.get(b)!);
}

export function yearFacts(facts: AssessmentFacts): YearFacts {
  const { startMs, endMs } = yearWindow(facts.year);
  const lookbackStartMs = yearWindow(facts.year - MISREPORTING_LOOKBACK_YEARS).startMs;
  const within = (iso: string, fromMs = startMs): boolean => {
    const ms = toMs(iso);
    return ms >= fromMs && ms < endMs;
  };
  return {
    incidents: byOccurrence(
      facts.incidents.filter((i) => within(i.occurredAt) && !costsNothing(i.nature)),
    ),
    findings: [...facts.misreportingFindings]
      .filter((f) => within(f.establishedAt) && within(f.incident.occurredAt, lookbackStartMs))
      .sort((a, b) => toMs(a.establishedAt) - toMs(b.establishedAt)),
    actions: facts.accountabilityActions.filter((a) => within(a.decidedAt)),
  };
}
