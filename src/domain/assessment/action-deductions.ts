import { labelOf } from '../shared/labels';
import { cstDate } from '../shared/time';
import { deduction, type OutcomeRules } from './deduction';
import type { AccountabilityActionFact, AssessedUnitFact } from './facts';
import type { ExplanationItem } from './result';

/**
 * An action counts when a territorial ancestor decided it against the unit (or one of its post
 * holders). Each action counts once, whether it names a person, the unit or both; actions against
 * other units, descendants included, do not count.
 */
export const countsAgainstUnit = (
  action: AccountabilityActionFact,
  unit: AssessedUnitFact,
): boolean =>
  unit.ancestors.includes(action.decidingUnitId) &&
  (action.targetUnitId === unit.id || action.targetsPostHolder === true);

/** Each `circular` and `interview` that counts against the unit, once per action. */
export function actionDeductions(
  outcomes: OutcomeRules,
  unit: AssessedUnitFact,
  actions: readonly AccountabilityActionFact[],
): ExplanationItem[] {
  const points: Readonly<Record<string, number>> = {
    circular: outcomes.circular,
    interview: outcomes.interview,
  };
  const seen = new Set<string>();
  const once = (action: AccountabilityActionFact): boolean => {
    const key = `${action.event.streamId}\u0000${action.event.eventId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  return actions
    .filter((a) => Object.hasOwn(points, a.form) && countsAgainstUnit(a, unit))
    .filter(once)
    .map((action) => {
      const names = action.names ?? {
        decidingUnit: action.decidingUnitId,
        targetUnit: action.targetUnitId,
        targetPerson: action.targetPersonId,
      };
      const target = names.targetPerson
        ? `${names.targetUnit} ${names.targetPerson}`
        : names.targetUnit;
      return deduction(
        action.form,
        `${labelOf('accountabilityForm', action.form)}：${names.decidingUnit} 对 ${target}，${cstDate(action.decidedAt)}`,
        points[action.form],
        [action.event],
      );
    });
}
