import { CST_OFFSET_MS, toMs } from '../shared/time';
import type { AssessmentFacts } from './facts';

/** 季度考评: the quarters of an assessment year. */
export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

export const isQuarter = (value: number): value is Quarter =>
  (QUARTERS as readonly number[]).includes(value);

/** Chinese names of the quarters, for people (第一季度 …). */
export const QUARTER_LABELS: Readonly<Record<Quarter, string>> = {
  1: '第一季度',
  2: '第二季度',
  3: '第三季度',
  4: '第四季度',
};

/**
 * The quarter's window in China Standard Time: [start, end) as UTC instants (ms). Q1 2025 is
 * [2025-01-01T00:00+08:00, 2025-04-01T00:00+08:00).
 */
export const quarterWindow = (
  year: number,
  quarter: Quarter,
): { startMs: number; endMs: number } => ({
  startMs: Date.UTC(year, 3 * (quarter - 1), 1) - CST_OFFSET_MS,
  endMs: Date.UTC(year, 3 * quarter, 1) - CST_OFFSET_MS,
});

/** The quarter's last millisecond (Q1 2025: 2025-03-31T23:59:59.999+08:00), in UTC ISO form. */
export const quarterEnd = (year: number, quarter: Quarter): string =>
  new Date(quarterWindow(year, quarter).endMs - 1).toISOString();

/**
 * The reference date of a quarter's standings (DOMAIN "Quarterly standings"): the quarter's end,
 * or the reading time (now, or the `asOf` time) if earlier.
 */
export const quarterReference = (year: number, quarter: Quarter, readingTime: string): string =>
  new Date(Math.min(toMs(quarterEnd(year, quarter)), toMs(readingTime))).toISOString();

/**
 * The facts as they stand at `reference` by their BUSINESS dates, whenever they were recorded:
 * task scores evaluated by then (`evaluatedAt`), incidents that occurred by then (`occurredAt`),
 * misreporting findings established by then (`establishedAt`), hazards identified by then
 * (`identifiedAt`; what happened to them later is left to `hazardsAt`, which judges at the
 * reference), problems raised by then (`raisedAt`; judged at the reference by `overdueProblems`), orders issued by then (`issuedAt`),
 * accountability actions decided by then (`decidedAt`) and commendations awarded by
 * then (`awardedAt`). An instant exactly at the reference counts.
 *
 * What the facts say about a counted record is taken as recorded by the reading time: an
 * incident's casualties as revised, its nature as concluded (a non-liability finding made later
 * still frees it). The agreement, the metric facts (inspections, penalty cases, agreement coverage)
 * and the statistics are the read side's to give at the reference (projections'
 * `buildFactsAt`); they are passed through unchanged.
 */
export function factsBy(facts: AssessmentFacts, reference: string): AssessmentFacts {
  const referenceMs = toMs(reference);
  const by = (iso: string): boolean => toMs(iso) <= referenceMs;
  return {
    ...facts,
    taskScores: facts.taskScores.filter((s) => by(s.evaluatedAt)),
    incidents: facts.incidents.filter((i) => by(i.occurredAt)),
    misreportingFindings: facts.misreportingFindings.filter((f) => by(f.establishedAt)),
    hazards: facts.hazards.filter((h) => by(h.identifiedAt)),
    ...(facts.problems && { problems: facts.problems.filter((p) => by(p.raisedAt)) }),
    ...(facts.orders && { orders: facts.orders.filter((o) => by(o.issuedAt)) }),
    accountabilityActions: facts.accountabilityActions.filter((a) => by(a.decidedAt)),
    commendations: facts.commendations.filter((c) => by(c.awardedAt)),
  };
}
