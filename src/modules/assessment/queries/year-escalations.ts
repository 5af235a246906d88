import {
  type EscalationCandidate,
  type EscalationCandidateView,
  escalationCandidates,
  toEscalationCandidateView,
} from '../../../domain/assessment/escalation';
import type { AssessmentFacts } from '../../../domain/assessment/facts';
import { referenceDate } from '../../../domain/assessment/reference-date';
import { toMs } from '../../../domain/shared/time';
import type { Steps } from '../../../infrastructure/cooperative';
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
 * facts, as the assessment reads them; in steps of one unit each.
 */
export function* yearEscalations(
  view: YearView,
  withinUnitId: string | null,
  readingTime: string,
): Steps<EscalationView[]> {
  const { index } = view;
  const reference = referenceDate(index.year, readingTime);
  const nameOf = (unitId: string) => index.unit(unitId)?.name ?? unitId;
  const views: EscalationView[] = [];
  for (const unit of index.allUnits()) {
    if (!unit.parentId || (withinUnitId !== null && !unit.path.includes(withinUnitId))) continue;
    for (const candidate of candidatesOf(view.facts.of(unit._id), reference)) {
      views.push({
        ...toEscalationCandidateView(candidate),
        year: index.year,
        referenceDate: reference,
        unitName: unit.name,
        byUnitName: nameOf(candidate.byUnitId),
      });
    }
    yield;
  }
  return views.sort(
    (a, b) =>
      toMs(a.since) - toMs(b.since) ||
      (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : a.form < b.form ? -1 : 1),
  );
}
