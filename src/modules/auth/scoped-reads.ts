import { ALL } from './roles';
import type { RoutePolicy } from './route-policy';
import { query, WITHIN } from './touches';

/**
 * A list open to every role and narrowed to the caller's subtree by default (`withinUnitId`):
 * `field` names each item's unit, `filters` are its other query parameters naming units.
 */
export const listWithinScope = (field: string, filters: string[] = []): RoutePolicy => ({
  roles: ALL,
  touches: query(...filters, WITHIN),
  defaultToScope: WITHIN,
  list: { field },
});

/**
 * A read of a unit's records open to every role, `unitId` being the caller's scope unit when
 * absent: `field` (for a list) names each item's unit, `filters` are other query parameters naming units.
 */
export const readOfUnit = (field?: string, filters: string[] = []): RoutePolicy => ({
  roles: ALL,
  touches: query('unitId', ...filters),
  defaultToScope: 'unitId',
  ...(field !== undefined && { list: { field } }),
});
