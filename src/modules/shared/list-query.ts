import { applyDecorators } from '@nestjs/common';
import { IsIn, IsOptional } from 'class-validator';
import type { ProjectionCollection } from '../../../projections/projection';
import { badRequest } from '../../infrastructure/http/problem';
import type {
  FieldCondition,
  FindQuery,
  RangeCondition,
} from '../../infrastructure/read-store/read-store.port';
import { utc } from './validators';

/**
 * What a list lets its reader choose besides its filters: a window on its records' business time
 * (`from`/`to`) and an order (`sort`).
 */
export interface ListQuery {
  /** The business time that `from` and `to` bound: `from` ≤ time < `to`. */
  time: string;
  /** The values `sort` takes, the default first: `field` ascending, `-field` descending. */
  sorts: readonly string[];
}

/**
 * A list of a collection's documents: it sorts only in the orders the collection declares (its
 * read store keeps an index in each, so a page never sorts the whole collection).
 */
export function listQuery(collection: ProjectionCollection, time: string): ListQuery {
  const sorts = (collection.sorts ?? []).map(([field, direction]) =>
    direction === 1 ? field : `-${field}`,
  );
  if (sorts.length === 0) throw new Error(`A list needs a declared sort (time ${time})`);
  return { time, sorts };
}

/** `?sort=`: one of the list's orders (400 naming them otherwise). */
export const ListSort = (list: ListQuery) =>
  applyDecorators(
    IsOptional(),
    IsIn([...list.sorts], { message: `sort must be one of: ${list.sorts.join(', ')}` }),
  );

export type Order = NonNullable<FindQuery['sort']>;

/** The order `sort` names (the list's default when absent), ties broken by `_id`. */
export function orderOf(list: ListQuery, sort: string | undefined): Order {
  const chosen = sort ?? list.sorts[0];
  const descending = chosen.startsWith('-');
  return [
    [descending ? chosen.slice(1) : chosen, descending ? -1 : 1],
    ['_id', 1],
  ];
}

/** The window `from`/`to` on the list's business time, as a condition (none when neither is given). */
export function timeWindow(
  list: ListQuery,
  filter: { from?: string; to?: string },
): Record<string, RangeCondition> {
  const { from, to } = filter;
  if (from && to && Date.parse(to) < Date.parse(from)) {
    throw badRequest('The window ends before it starts.', [
      { field: 'to', message: 'to must not be earlier than from' },
    ]);
  }
  const range: RangeCondition = {
    ...(from ? { $gte: utc(from) } : {}),
    ...(to ? { $lt: utc(to) } : {}),
  };
  return Object.keys(range).length > 0 ? { [list.time]: range } : {};
}

const later = (a: string | number | undefined, b: string | number | undefined) =>
  a === undefined || (b !== undefined && b > a) ? b : a;
const earlier = (a: string | number | undefined, b: string | number | undefined) =>
  a === undefined || (b !== undefined && b < a) ? b : a;

/**
 * `where` with the window's conditions added; a field both bound keeps the narrower bounds (times
 * are compared as stored: UTC ISO strings of one length).
 */
export function within<W extends Readonly<Record<string, FieldCondition>>>(
  where: W,
  window: Record<string, RangeCondition>,
): Record<string, FieldCondition> {
  const merged: Record<string, FieldCondition> = { ...where };
  for (const [field, range] of Object.entries(window)) {
    const own = merged[field];
    if (own === undefined) {
      merged[field] = range;
      continue;
    }
    if (own === null || typeof own !== 'object' || '$in' in own) {
      throw new TypeError(`${field} is already matched by value`);
    }
    const bounds: RangeCondition = {
      $gte: later(own.$gte, range.$gte),
      $gt: later(own.$gt, range.$gt),
      $lt: earlier(own.$lt, range.$lt),
      $lte: earlier(own.$lte, range.$lte),
    };
    merged[field] = Object.fromEntries(
      Object.entries(bounds).filter(([, value]) => value !== undefined),
    ) as RangeCondition;
  }
  return merged;
}

/** Compares documents in `order`, as the read stores do (for lists merged in memory). */
export function comparing(order: Order): (a: object, b: object) => number {
  const keys: Order = order.some(([field]) => field === '_id') ? order : [...order, ['_id', 1]];
  return (a, b) => {
    for (const [field, direction] of keys) {
      const x = (a as Record<string, unknown>)[field] as string | number | null | undefined;
      const y = (b as Record<string, unknown>)[field] as string | number | null | undefined;
      if (x === y) continue;
      if (x === null || x === undefined) return -direction;
      if (y === null || y === undefined) return direction;
      return (x < y ? -1 : 1) * direction;
    }
    return 0;
  };
}
