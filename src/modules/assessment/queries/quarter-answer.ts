import { buildFactsAt } from '../../../../projections/queries/quarter-facts';
import { assess } from '../../../domain/assessment/assess';
import { roundForDisplay, roundPoints } from '../../../domain/assessment/display';
import type { AssessmentFacts, EventRef } from '../../../domain/assessment/facts';
import {
  QUARTER_LABELS,
  QUARTERS,
  quarterReference,
  quarterWindow,
  type Quarter,
} from '../../../domain/assessment/quarters';
import { rank, type Ranked } from '../../../domain/assessment/ranking';
import type { AssessmentResult } from '../../../domain/assessment/result';
import type { AssessmentScheme } from '../../../domain/assessment/scheme';
import { type LeagueTableRow, toLeagueTableRow } from '../../../domain/assessment/views';
import type { Steps } from '../../../infrastructure/cooperative';
import type { YearView } from './live-year';
import { refsOf } from './year-answer';

/**
 * One unit's line in a quarter's standings (季度考评): its league-table line at the quarter's end
 * (rank within the unit kind, vetoed units last), and how it moved since the previous quarter.
 */
export interface QuarterRow extends LeagueTableRow {
  /** The score at the previous quarter's end; null in Q1 or for a unit not assessed then. */
  previousScore: number | null;
  /** `score − previousScore` (2 decimals); null when `previousScore` is. */
  change: number | null;
  /** The quarter's reference date: its end, or the reading time if earlier. */
  referenceDate: string;
  /**
   * The events this quarter's result rests on that the previous quarter's did not (incidents,
   * findings, scores, actions … of the quarter); empty in Q1 or for a unit not assessed then.
   * A hazard that became overdue in the quarter rests on events already counted before.
   */
  newEvents: EventRef[];
}

/** `GET /assessments/:year/quarters/:q`: every unit assessed at the quarter's end, ranked. */
export interface QuarterStandings {
  year: number;
  quarter: Quarter;
  /** 第一季度 … 第四季度. */
  quarterLabel: string;
  /** The quarter in China Standard Time: its first instant and its last millisecond. */
  from: string;
  to: string;
  /** `to`, or the reading time if earlier: facts whose business dates fall by then count. */
  referenceDate: string;
  /** The year is finalised (the standings are computed from the record all the same). */
  finalized: boolean;
  /** The recording time the answer was read at (`?asOf=`), or null for the live record. */
  asOf: string | null;
  units: QuarterRow[];
}

/**
 * The four quarters of the year at `readingTime` (now, or the `asOf` time): each the pure
 * `assess` over the facts as they stand at the quarter's reference date (quarter-facts.ts), the
 * units whose agreement was signed by then ranked as in the league table, each with its change
 * against the previous quarter. Not frozen by finalisation. In steps of one unit each.
 */
export function* yearQuarters(
  view: YearView,
  readingTime: string,
  asOf: string | null,
): Steps<QuarterStandings[]> {
  const { index } = view;
  const year = index.year;
  const unitIds = index.assessedUnitIds();
  const finalized = index.finalization() !== null;
  let previous = new Map<string, AssessmentResult>();
  const standings: QuarterStandings[] = [];
  for (const quarter of QUARTERS) {
    const reference = quarterReference(year, quarter, readingTime);
    const assessed: AssessmentResult[] = [];
    for (const unitId of unitIds) {
      const result = resultAt(view, unitId, reference);
      if (result.assessed) assessed.push(result);
      yield;
    }
    // The kept (unranked) results by unit: `newEventsOf` knows them by identity.
    const current = new Map(assessed.map((result) => [result.unitId, result]));
    const before = previous;
    const units = rank(assessed).map((ranked) => {
      const then = before.get(ranked.unitId);
      const events = then ? newEventsOf(current.get(ranked.unitId)!, then) : [];
      return quarterRow(ranked, then ?? null, reference, events);
    });
    previous = current;
    const { startMs, endMs } = quarterWindow(year, quarter);
    standings.push({
      year,
      quarter,
      quarterLabel: QUARTER_LABELS[quarter],
      from: new Date(startMs).toISOString(),
      to: new Date(endMs - 1).toISOString(),
      referenceDate: reference,
      finalized,
      asOf,
      units,
    });
  }
  return standings;
}

/** A unit's results by reference date, kept with the year's facts they were assessed from. */
interface Kept {
  scheme: AssessmentScheme;
  byReference: Map<string, AssessmentResult>;
}

/** Results by the year's facts of the unit (unit-facts.ts): new facts are assessed anew. */
const kept = new WeakMap<AssessmentFacts, Kept>();

/** The quarter ends and one reading time (the quarter still running), per unit. */
const KEPT_REFERENCES = 5;

/**
 * The unit's result (rounded for display) at `reference`. It depends on the unit's facts of the
 * year, the index documents those were built from (the agreement, penalties, inspections and
 * child units `buildFactsAt` reads again), the scheme and the reference only: a kept result is
 * reused while they are the same, so a past quarter is assessed once per change of its facts.
 */
function resultAt(view: YearView, unitId: string, reference: string): AssessmentResult {
  const yearFacts = view.facts.of(unitId);
  let entry = kept.get(yearFacts);
  if (!entry || entry.scheme !== view.scheme) {
    entry = { scheme: view.scheme, byReference: new Map() };
    kept.set(yearFacts, entry);
  }
  const known = entry.byReference.get(reference);
  if (known) return known;
  const facts = buildFactsAt(view.index, yearFacts, reference);
  const result = roundForDisplay(assess(view.scheme, facts, reference));
  if (entry.byReference.size >= KEPT_REFERENCES) {
    entry.byReference.delete(entry.byReference.keys().next().value as string);
  }
  entry.byReference.set(reference, result);
  return result;
}

/** The events a kept result rests on, by `streamId/eventId` (a past quarter's: asked again). */
const eventKeys = new WeakMap<AssessmentResult, ReadonlySet<string>>();

function keysOf(result: AssessmentResult): ReadonlySet<string> {
  let keys = eventKeys.get(result);
  if (!keys) eventKeys.set(result, (keys = new Set(refsOf(result).keys())));
  return keys;
}

/** `newEvents` by the pair of kept results they compare (both unchanged: the same events). */
const newEvents = new WeakMap<AssessmentResult, WeakMap<AssessmentResult, EventRef[]>>();

function newEventsOf(result: AssessmentResult, previous: AssessmentResult): EventRef[] {
  // Two quarters not yet ended share the reading time as reference, and so the kept result.
  if (result === previous) return [];
  let byPrevious = newEvents.get(result);
  if (!byPrevious) newEvents.set(result, (byPrevious = new WeakMap()));
  let events = byPrevious.get(previous);
  if (!events) {
    const before = keysOf(previous);
    events = [...refsOf(result).entries()]
      .filter(([key]) => !before.has(key))
      .map(([, ref]) => ref);
    byPrevious.set(previous, events);
  }
  return events;
}

function quarterRow(
  result: Ranked<AssessmentResult>,
  previous: AssessmentResult | null,
  referenceDate: string,
  newEvents: EventRef[],
): QuarterRow {
  return {
    ...toLeagueTableRow(result),
    previousScore: previous ? previous.score : null,
    change: previous ? roundPoints(result.score - previous.score) : null,
    referenceDate,
    newEvents,
  };
}
