import type { Named, Touch } from './route-policy';

/** A path parameter and what it names. */
export const param = (name: string, names: Named): Touch => ({ at: `params.${name}`, names });
/** A body field (`[]` after a list) and what it names: a unit unless said otherwise. */
export const body = (path: string, names: Named = 'unit'): Touch => ({ at: `body.${path}`, names });
/** Query parameters naming units. */
export const query = (...names: string[]): Touch[] =>
  names.map((name) => ({ at: `query.${name}`, names: 'unit' }));
/** Lists narrowed to a unit's subtree: a scoped actor's default, so pages and totals stay within scope. */
export const WITHIN = 'withinUnitId';
