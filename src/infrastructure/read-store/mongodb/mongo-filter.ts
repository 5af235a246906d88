import type { Filter } from 'mongodb';
import type { FindQuery, SortDirection } from '../read-store.port';
import { type Condition, parsePaging, parseSort, parseWhere } from '../where';
import type { StoredDocument } from './stored-documents';

type Bounds = Record<string, string | number>;

/**
 * The port's conditions are a subset of MongoDB's query language, with the same meaning, except
 * ranges of several bounds on arrays (below). Each bound only matches values of its own type, as
 * the port says: MongoDB's comparisons bracket types ("Type Bracketing in Query Predicates").
 */
function toMongoCondition(condition: Exclude<Condition, { op: 'range' }>): unknown {
  switch (condition.op) {
    case 'eq':
      return condition.value;
    case 'null':
      return null;
    case 'in':
      return { $in: condition.orNull ? [...condition.values, null] : condition.values };
  }
}

/**
 * On an array, MongoDB lets each bound be met by a different element (`[1, 5]` is in `> 1, < 5`);
 * the port needs one element to meet them all: `$elemMatch` for arrays, the bounds for the rest
 * (`_id` is never an array).
 */
function rangeClause(field: string, bounds: Bounds): Filter<StoredDocument> {
  if (Object.keys(bounds).length === 1 || field === '_id') return { [field]: bounds };
  return {
    $or: [
      { [field]: { $elemMatch: bounds } },
      { [field]: { ...bounds, $not: { $type: 'array' } } },
    ],
  };
}

export function toFilter(conditions: readonly Condition[]): Filter<StoredDocument> {
  const filter: Filter<StoredDocument> = {};
  const ranges: Filter<StoredDocument>[] = [];
  for (const condition of conditions) {
    if (condition.op === 'range') {
      const bounds = Object.fromEntries(condition.bounds.map(({ op, value }) => [op, value]));
      ranges.push(rangeClause(condition.field, bounds));
    } else {
      Object.assign(filter, { [condition.field]: toMongoCondition(condition) });
    }
  }
  if (ranges.length === 1) Object.assign(filter, ranges[0]);
  if (ranges.length > 1) filter.$and = ranges;
  return filter;
}

/** A `find` as MongoDB takes it. */
export interface MongoFind {
  filter: Filter<StoredDocument>;
  /** Ends with `_id` ascending unless the query sorts by `_id`. */
  sort: Record<string, SortDirection>;
  skip: number;
  limit?: number;
}

/** Null when the query asks for no documents (MongoDB reads a limit of 0 as no limit). */
export function toFind(query: FindQuery): MongoFind | null {
  const filter = toFilter(parseWhere(query.where));
  const sort = parseSort(query.sort);
  const { limit, skip } = parsePaging(query);
  if (limit === 0) return null;
  if (!sort.some(([field]) => field === '_id')) sort.push(['_id', 1]);
  return { filter, sort: Object.fromEntries(sort), skip, limit };
}
