import { buildFactsAt } from '../../../../projections/queries/quarter-facts';
import { assess } from '../../../domain/assessment/assess';
import { roundForDisplay, roundPoints } from '../../../domain/assessment/display';
import type { EventRef } from '../../../domain/assessment/facts';
import {
  QUARTER_LABELS,
  QUARTERS,
  quarterReference,
  quarterWindow,
  type Quarter,
} from '../../../domain/assessment/quarters';
import { rank, type Ranked } from '../../../domain/assessment/ranking';
import type { AssessmentResult } from '../../../domain/assessment/result';
import type { Grade } from '../../../domain/assessment/scheme';
import { labelOf } from '../../../domain/shared/labels';
import type { UnitKind } from '../../../domain/units/codes';
import type { YearView } from './live-year';
import { refsOf } from './year-answer';

/** One unit's line in a quarter's standings (季度考评): its league-table line at the quarter's end. */
export interface QuarterRow {
  unitId: string;
  name: string;
  kind: UnitKind;
  /** 单位类型 (镇（街道）, 部门 …). */
  kindLabel: string;
  score: number;
  grade: Grade;
  /** 等次 (优秀/良好/合格/不合格). */
  gradeLabel: string;
  vetoed: boolean;
  yellowCard: boolean;
  /** Within the unit kind, as in the league table (vetoed units last). */
  rank: number;
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
 * against the previous quarter. Not frozen by finalisation.
 */
export function yearQuarters(
  view: YearView,
  readingTime: string,
  asOf: string | null,
): QuarterStandings[] {
  const { index, scheme } = view;
  const year = index.year;
  const unitIds = index.assessedUnitIds();
  const finalized = index.finalization() !== null;
  let previous = new Map<string, AssessmentResult>();
  return QUARTERS.map((quarter) => {
    const reference = quarterReference(year, quarter, readingTime);
    const results = rank(
      unitIds
        .map((unitId) => {
          const facts = buildFactsAt(index, view.facts.of(unitId), reference);
          return roundForDisplay(assess(scheme, facts, reference));
        })
        .filter((result) => result.assessed),
    );
    const units = results.map((result) =>
      quarterRow(result, previous.get(result.unitId) ?? null, reference),
    );
    previous = new Map(results.map((result) => [result.unitId, result]));
    const { startMs, endMs } = quarterWindow(year, quarter);
    return {
      year,
      quarter,
      quarterLabel: QUARTER_LABELS[quarter],
      from: new Date(startMs).toISOString(),
      to: new Date(endMs - 1).toISOString(),
      referenceDate: reference,
      finalized,
      asOf,
      units,
    };
  });
}

function quarterRow(
  result: Ranked<AssessmentResult>,
  previous: AssessmentResult | null,
  referenceDate: string,
): QuarterRow {
  const before = previous ? refsOf(previous) : null;
  return {
    unitId: result.unitId,
    name: result.unitName,
    kind: result.unitKind,
    kindLabel: labelOf('unitKind', result.unitKind),
    score: result.score,
    grade: result.grade,
    gradeLabel: labelOf('grade', result.grade),
    vetoed: result.vetoed,
    yellowCard: result.yellowCard,
    rank: result.rank,
    previousScore: previous ? previous.score : null,
    change: previous ? roundPoints(result.score - previous.score) : null,
    referenceDate,
    newEvents: before
      ? [...refsOf(result).entries()].filter(([key]) => !before.has(key)).map(([, ref]) => ref)
      : [],
  };
}
