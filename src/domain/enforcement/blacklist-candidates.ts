import type { EventRef } from '../shared/event-ref';
import { addCstMonths, toMs } from '../shared/time';
import { gradeAtLeast, type IncidentGrade } from '../incidents/grading';
import type { MisreportingKind } from '../incidents/misreporting';

export type { EventRef } from '../shared/event-ref';

export interface CandidateIncident extends EventRef {
  readonly grade: IncidentGrade;
  readonly occurredAt: string;
}

export interface CandidateFinding extends EventRef {
  readonly kind: MisreportingKind;
  readonly establishedAt: string;
}

export interface CandidateFacts {
  readonly incidents: readonly CandidateIncident[];
  readonly findings: readonly CandidateFinding[];
  readonly listed: boolean;
  /** Facts after this time are ignored (reading time, or `asOf`). */
  readonly referenceIso: string;
  /** Facts before this time are ignored (e.g. the end of a past listing that answered them). */
  readonly since?: string;
}

export const CANDIDATE_RULES = [
  'major_incident',
  'two_larger_within_12_months',
  'false_or_concealed_report',
] as const;

export type CandidateRule = (typeof CANDIDATE_RULES)[number];

export interface CandidateReason {
  rule: CandidateRule;
  events: EventRef[];
}

const WINDOW_MONTHS = 12;

/** Why an enterprise not already listed is proposed for the serious-dishonesty list. */
export function blacklistCandidateReasons(facts: CandidateFacts): CandidateReason[] {
  if (facts.listed) return [];
  const inRange = inRangeOf(facts);
  const incidents = sortBy(
    facts.incidents.filter((i) => inRange(i.occurredAt)),
    (i) => i.occurredAt,
  );
  const findings = sortBy(
    facts.findings.filter((f) => inRange(f.establishedAt)),
    (f) => f.establishedAt,
  );
  const reasons: CandidateReason[] = [
    { rule: 'major_incident', events: incidents.filter((i) => gradeAtLeast(i.grade, 'major')) },
    {
      rule: 'two_larger_within_12_months',
      events: largerWithinWindow(incidents.filter((i) => i.grade === 'larger')),
    },
    {
      rule: 'false_or_concealed_report',
      events: findings.filter((f) => f.kind === 'false' || f.kind === 'concealed'),
    },
  ];
  return reasons
    .filter((r) => r.events.length > 0)
    .map((r) => ({ rule: r.rule, events: r.events.map(toRef) }));
}

/** Larger incidents with another one at most 12 calendar months (CST) before or after. */
function largerWithinWindow(sorted: readonly CandidateIncident[]): CandidateIncident[] {
  const near = (a: CandidateIncident, b: CandidateIncident): boolean =>
    toMs(b.occurredAt) <= toMs(addCstMonths(a.occurredAt, WINDOW_MONTHS));
  return sorted.filter(
    (incident, i) =>
      (i > 0 && near(sorted[i - 1], incident)) ||
      (i < sorted.length - 1 && near(incident, sorted[i + 1])),
  );
}

function inRangeOf(facts: CandidateFacts): (iso: string) => boolean {
  const endMs = toMs(facts.referenceIso);
  const startMs = facts.since === undefined ? -Infinity : toMs(facts.since);
  return (iso) => toMs(iso) >= startMs && toMs(iso) <= endMs;
}

const sortBy = <T>(items: readonly T[], key: (item: T) => string): T[] =>
  [...items].sort((a, b) => toMs(key(a)) - toMs(key(b)));

const toRef = ({ streamId, eventId }: EventRef): EventRef => ({ streamId, eventId });
