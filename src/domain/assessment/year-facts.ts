import { costsNothing } from '../incidents/nature';
import { toMs, yearWindow } from '../shared/time';
import type {
  AccountabilityActionFact,
  AssessmentFacts,
  HazardFact,
  IncidentFact,
  MisreportingFindingFact,
} from './facts';

/** A finding on an incident of the three years before the window counts in the year established. */
export const MISREPORTING_LOOKBACK_YEARS = 3;

/**
 * The facts that fall in the assessment window, incidents in `occurredAt` order. Incidents that
 * cost nothing (non-liability, natural disaster) are left out; findings about them are not.
 */
export interface YearFacts {
  readonly incidents: readonly IncidentFact[];
  readonly findings: readonly MisreportingFindingFact[];
  /** Hazards identified in the window: the rectification rate's. */
  readonly hazards: readonly HazardFact[];
  /** Hazards identified before the window ends, carried over from earlier years included: overdue's. */
  readonly hazardsToDate: readonly HazardFact[];
  readonly actions: readonly AccountabilityActionFact[];
}

/** Oldest first; equal instants keep the order given. */
export function byOccurrence(incidents: readonly IncidentFact[]): IncidentFact[] {
  const ms = new Map(incidents.map((incident) => [incident, toMs(incident.occurredAt)]));
  return [...incidents].sort((a, b) => ms.get(a)! - ms.get(b)!);
}

/** Identification instants of hazard facts (immutable, shared by every unit that answers for them). */
const identifiedMs = new WeakMap<HazardFact, number>();

function identifiedAtMs(hazard: HazardFact): number {
  let ms = identifiedMs.get(hazard);
  if (ms === undefined) {
    ms = toMs(hazard.identifiedAt);
    identifiedMs.set(hazard, ms);
  }
  return ms;
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
    hazards: withinWindow(facts.hazards, startMs, endMs),
    hazardsToDate: withinWindow(facts.hazards, -Infinity, endMs),
    actions: facts.accountabilityActions.filter((a) => within(a.decidedAt)),
  };
}

/** The hazards identified in [startMs, endMs): the same array when all of them are. */
function withinWindow(
  hazards: readonly HazardFact[],
  startMs: number,
  endMs: number,
): readonly HazardFact[] {
  const inside = (h: HazardFact) => {
    const ms = identifiedAtMs(h);
    return ms >= startMs && ms < endMs;
  };
  return hazards.every(inside) ? hazards : hazards.filter(inside);
}
