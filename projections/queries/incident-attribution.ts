import type { IncidentDoc } from '../incidents';
import type { UnitDoc } from '../units';

/** A condition on incident documents, as the read store's `where` takes it. */
export type IncidentCondition = Readonly<
  Record<string, string | number | { $in: readonly string[] } | { $gte: string }>
>;

/**
 * The incidents attributed to a unit, as a union of conditions (an incident matching any one
 * counts): its own and its descendants' (the place path contains it) and, for a department,
 * those of its regulated industries in its parent's territory. A unit with `establishedAt`
 * answers only for incidents that occurred from then on.
 */
export function attributionConditions(unit: UnitDoc): IncidentCondition[] {
  const since: IncidentCondition = unit.establishedAt
    ? { occurredAt: { $gte: unit.establishedAt } }
    : {};
  const conditions: IncidentCondition[] = [{ placePath: unit._id, ...since }];
  if (unit.kind === 'department' && unit.parentId !== null && unit.regulatedIndustries.length > 0) {
    conditions.push({
      placePath: unit.parentId,
      industry: { $in: unit.regulatedIndustries },
      ...since,
    });
  }
  return conditions;
}

/** Newest occurrence first, then by id. */
export const byOccurrenceDesc = (a: IncidentDoc, b: IncidentDoc): number =>
  Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || a._id.localeCompare(b._id);
