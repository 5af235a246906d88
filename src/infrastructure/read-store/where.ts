import type { FieldCondition, FindQuery, Scalar, SortDirection, Where } from './read-store.port';
import { assertFieldPath } from './names';

export type Value = string | number | boolean;
export type RangeOperator = '$gt' | '$gte' | '$lt' | '$lte';

/** A validated condition on one field, in a form each adapter translates. */
export type Condition =
  | { field: string; op: 'eq'; value: Value }
  | { field: string; op: 'null' }
  | { field: string; op: 'in'; values: Value[]; orNull: boolean }
  | { field: string; op: 'range'; bounds: { op: RangeOperator; value: string | number }[] };

export interface Paging {
  limit?: number;
  skip: number;
}

const RANGE_OPERATORS: readonly string[] = ['$gt', '$gte', '$lt', '$lte'];

function isValue(value: unknown): value is Value {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function invalid(field: string, condition: unknown): TypeError {
  return new TypeError(`Invalid condition on "${field}": ${JSON.stringify(condition)}`);
}

function parseIn(field: string, values: unknown): Condition {
  if (!Array.isArray(values)) throw invalid(field, { $in: values });
  const scalars = values as Scalar[];
  if (!scalars.every((v) => v === null || isValue(v))) throw invalid(field, { $in: values });
  return {
    field,
    op: 'in',
    values: scalars.filter((v): v is Value => v !== null),
    orNull: scalars.includes(null),
  };
}

function parseRange(field: string, range: Record<string, unknown>): Condition {
  const entries = Object.entries(range);
  const bounds = entries.map(([op, value]) => {
    const ok = RANGE_OPERATORS.includes(op) && (typeof value === 'string' || isValue(value));
    if (!ok || typeof value === 'boolean') throw invalid(field, range);
    return { op: op as RangeOperator, value };
  });
  if (bounds.length === 0) throw invalid(field, range);
  return { field, op: 'range', bounds };
}

function parseCondition(field: string, condition: FieldCondition): Condition {
  if (condition === null) return { field, op: 'null' };
  if (isValue(condition)) return { field, op: 'eq', value: condition };
  if (typeof condition !== 'object' || Array.isArray(condition)) throw invalid(field, condition);
  const keys = Object.keys(condition);
  if (keys.includes('$in')) {
    if (keys.length !== 1) throw invalid(field, condition);
    return parseIn(field, (condition as { $in: unknown }).$in);
  }
  return parseRange(field, condition as Record<string, unknown>);
}

export function parseWhere(where: Where | undefined): Condition[] {
  return Object.entries(where ?? {}).map(([field, condition]) =>
    parseCondition(assertFieldPath(field), condition),
  );
}

export function parseSort(sort: FindQuery['sort']): [string, SortDirection][] {
  return (sort ?? []).map(([field, direction]) => {
    if (direction !== 1 && direction !== -1) throw invalid(field, { sort: direction });
    return [assertFieldPath(field), direction];
  });
}

export function parsePaging(query: FindQuery): Paging {
  const { limit, skip = 0 } = query;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    throw new TypeError(`Invalid limit ${limit}`);
  }
  if (!(Number.isInteger(skip) && skip >= 0)) throw new TypeError(`Invalid skip ${skip}`);
  return { limit, skip };
}

/** A test of documents against `where`, as the read stores answer it (for documents in memory). */
export function matchesWhere(where: Where | undefined): (doc: object) => boolean {
  const conditions = parseWhere(where);
  return (doc) => conditions.every((condition) => matches(doc, condition));
}

function valuesAt(doc: object, field: string): unknown[] {
  const value = field
    .split('.')
    .reduce<unknown>(
      (current, key) => (current as Record<string, unknown> | undefined)?.[key],
      doc,
    );
  return Array.isArray(value) ? value : [value];
}

function matches(doc: object, condition: Condition): boolean {
  const values = valuesAt(doc, condition.field);
  switch (condition.op) {
    case 'eq':
      return values.includes(condition.value);
    case 'null':
      return values.every((v) => v === null || v === undefined);
    case 'in':
      return (
        values.some((v) => condition.values.includes(v as never)) ||
        (condition.orNull && values.every((v) => v === null || v === undefined))
      );
    case 'range':
      return values.some(
        (v) =>
          (typeof v === 'number' || typeof v === 'string') &&
          condition.bounds.every(({ op, value }) => {
            if (typeof v !== typeof value) return false;
            if (op === '$gt') return v > value;
            if (op === '$gte') return v >= value;
            if (op === '$lt') return v < value;
            return v <= value;
          }),
      );
  }
}
