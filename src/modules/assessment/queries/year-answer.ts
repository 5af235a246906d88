import type { YearDoc } from '../../../../projections/assessment-inputs';
import { assess } from '../../../domain/assessment/assess';
import { roundForDisplay } from '../../../domain/assessment/display';
import type { AssessmentFacts, EventRef } from '../../../domain/assessment/facts';
import { referenceDate } from '../../../domain/assessment/reference-date';
import { rank, type Ranked } from '../../../domain/assessment/ranking';
import type { AssessmentResult } from '../../../domain/assessment/result';
import type { AssessmentScheme } from '../../../domain/assessment/scheme';
import { labelOf } from '../../../domain/shared/labels';
import type { Steps } from '../../../infrastructure/cooperative';
import type { YearView } from './live-year';

export interface PostFinalizationChange {
  unitId: string;
  /** In Chinese: what would change (得分 71.5 → 69.5；等次 良好 → 合格). */
  description: string;
  events: EventRef[];
}

/** Every assessed unit's result at a reading time, ranked. */
export interface YearSummary {
  year: number;
  finalized: boolean;
  finalizedAt: string | null;
  schemeVersion: number | null;
  results: Ranked<AssessmentResult>[];
}

export interface YearAssessment extends YearSummary {
  asOf: string | null;
  postFinalizationChanges: PostFinalizationChange[];
}

/** One unit's result with what its year's answer says about it. */
export interface UnitAssessment {
  result: AssessmentResult;
  finalized: boolean;
  asOf: string | null;
  postFinalizationChanges: PostFinalizationChange[];
}

/**
 * Every assessed unit's result at `readingTime`, ranked, and the year's finalisation if any; in
 * steps of one unit each (run at once, or in slices on the request thread).
 */
export function* summarise(
  year: number,
  view: YearView,
  readingTime: string,
): Steps<{ finalization: YearDoc | null; answer: YearSummary }> {
  const { index, schemeDoc } = view;
  const finalization = index.finalization();
  const results: AssessmentResult[] = [];
  for (const unitId of index.assessedUnitIds()) {
    results.push(resultOf(view, unitId, readingTime));
    yield;
  }
  return {
    finalization,
    answer: {
      year,
      finalized: finalization !== null,
      finalizedAt: finalization?.finalizedAt ?? null,
      schemeVersion: schemeDoc?.version ?? null,
      results: rank(results),
    },
  };
}

/**
 * The year's answer: `current` while it is not finalised; once it is, the results as they stood
 * at finalisation (`frozen`) with what would change them since.
 */
export function yearAssessment(
  current: YearSummary,
  frozen: YearSummary | null,
  asOf: string | null,
): YearAssessment {
  if (!frozen) return { ...current, asOf, postFinalizationChanges: [] };
  return {
    ...frozen,
    asOf,
    postFinalizationChanges: changesSince(frozen.results, current.results),
  };
}

/**
 * One unit's answer: its result in the year's answer, else (a unit without an agreement for the
 * year) the one `unassessed` gives; null for a unit the year does not have.
 */
export async function unitAssessment(
  answer: YearAssessment,
  unitId: string,
  unassessed: () => Promise<AssessmentResult | null>,
): Promise<UnitAssessment | null> {
  const result = answer.results.find((r) => r.unitId === unitId) ?? (await unassessed());
  if (!result) return null;
  return {
    result,
    finalized: answer.finalized,
    asOf: answer.asOf,
    postFinalizationChanges: answer.postFinalizationChanges.filter((c) => c.unitId === unitId),
  };
}

/** The result of a unit the year does not assess, at `readingTime`; null for an unknown unit. */
export function unassessedResult(
  view: YearView,
  unitId: string,
  readingTime: string,
): AssessmentResult | null {
  return view.index.hasUnit(unitId) ? resultOf(view, unitId, readingTime) : null;
}

interface KeptResult {
  reference: string;
  scheme: AssessmentScheme;
  value: AssessmentResult;
}

/** Results by the facts they were assessed from: new facts (unit-facts.ts) are assessed anew. */
const kept = new WeakMap<AssessmentFacts, KeptResult>();

/**
 * The unit's result (rounded for display) at `readingTime`. `assess` depends on the facts, the
 * scheme and the reference date only, so a kept result is reused while those three are the same.
 */
function resultOf(view: YearView, unitId: string, readingTime: string): AssessmentResult {
  const facts = view.facts.of(unitId);
  const reference = referenceDate(view.index.year, readingTime);
  const known = kept.get(facts);
  if (known && known.reference === reference && known.scheme === view.scheme) return known.value;
  const value = roundForDisplay(assess(view.scheme, facts, readingTime));
  kept.set(facts, { reference, scheme: view.scheme, value });
  return value;
}

const refKey = (ref: EventRef) => `${ref.streamId}/${ref.eventId}`;

/** Every event a result rests on (items, vetoes, bars), by `streamId/eventId`. */
export function refsOf(result: AssessmentResult): Map<string, EventRef> {
  const refs = [
    ...result.items.flatMap((item) => item.events),
    ...result.vetoReasons.flatMap((veto) => veto.events),
    ...result.promotionBars.flatMap((bar) => bar.events),
  ];
  return new Map(refs.map((ref) => [refKey(ref), ref]));
}

const yesNo = (value: boolean): string => (value ? '是' : '否');

/** The barred persons by name, in a stable order (无 for none). */
const barredNames = (result: AssessmentResult): string =>
  [...result.promotionBars]
    .sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0))
    .map((b) => b.personName)
    .join('、') || '无';

/** What would change each unit's frozen result, with the events behind the change. */
export function changesSince(
  frozen: readonly AssessmentResult[],
  current: readonly AssessmentResult[],
): PostFinalizationChange[] {
  const before = new Map(frozen.map((r) => [r.unitId, r]));
  return current.flatMap((now) => {
    const then = before.get(now.unitId);
    const differences: string[] = [];
    if (!then) differences.push('新纳入考核');
    else {
      if (then.score !== now.score) differences.push(`得分 ${then.score} → ${now.score}`);
      if (then.grade !== now.grade) {
        differences.push(`等次 ${labelOf('grade', then.grade)} → ${labelOf('grade', now.grade)}`);
      }
      if (then.vetoed !== now.vetoed) {
        differences.push(`一票否决 ${yesNo(then.vetoed)} → ${yesNo(now.vetoed)}`);
      }
      const barsThen = barredNames(then);
      const barsNow = barredNames(now);
      if (barsThen !== barsNow) differences.push(`取消提拔资格 ${barsThen} → ${barsNow}`);
    }
    if (differences.length === 0) return [];
    const old = then ? refsOf(then) : new Map<string, EventRef>();
    const events = [...refsOf(now).entries()]
      .filter(([key]) => !old.has(key))
      .map(([, ref]) => ref);
    return [{ unitId: now.unitId, description: differences.join('；'), events }];
  });
}
