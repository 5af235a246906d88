import {
  type EscalationCandidate,
  type EscalationCandidateView,
  escalationCandidates,
  toEscalationCandidateView,
} from '../../../domain/assessment/escalation';
import type { AssessmentFacts } from '../../../domain/assessment/facts';
import { referenceDate } from '../../../domain/assessment/reference-date';
import { toMs } from '../../../domain/shared/time';
import type { YearView } from './live-year';

/** Each item of `GET /escalations`: a candidate with its year, reference date and units' names. */
export interface EscalationView extends EscalationCandidateView {
  year: number;
  /** The end of the year (CST), or the reading time if earlier: the rule is judged there. */
  referenceDate: string;
  unitName: string;
  byUnitName: string;
}

const kept = new WeakMap<
  AssessmentFacts,
  { reference: string; value: readonly EscalationCandidate[] }
>();

/** The candidates of the unit's facts at the reference, reused while the facts stay the same. */
function candidatesOf(facts: AssessmentFacts, reference: string): readonly EscalationCandidate[] {
  const known = kept.get(facts);
  if (known?.reference === reference) return known.value;
  const value = escalationCandidates(facts, toMs(reference));
  kept.set(facts, { reference, value });
  return value;
}

/**
 * The escalation candidates of the year at `readingTime` (now, or the `asOf` time) of the unit
 * `withinUnitId` and every unit below it (null: every unit), the earliest first: the pure rule over each unit's
 * facts, as the assessment reads them.
 */
export function yearEscalations(
  view: YearView,
  withinUnitId: string | null,
  readingTime: string,
): EscalationView[] {
  const { index } = view;
  const reference = referenceDate(index.year, readingTime);
  const nameOf = (unitId: string) => index.unit(unitId)?.name ?? unitId;
  return index
    .allUnits()
    .filter((unit) => unit.parentId && (withinUnitId === null || unit.path.includes(withinUnitId)))
    .flatMap((unit) =>
      candidatesOf(view.facts.of(unit._id), reference).map((candidate) => ({
        ...toEscalationCandidateView(candidate),
        year: index.year,
        referenceDate: reference,
        unitName: unit.name,
        byUnitName: nameOf(candidate.byUnitId),
      })),
    )
    .sort(
      (a, b) =>
        toMs(a.since) - toMs(b.since) ||
        (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : a.form < b.form ? -1 : 1),
    );
}
