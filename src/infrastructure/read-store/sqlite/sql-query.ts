import type { SortDirection } from '../read-store.port';
import type { Condition, RangeOperator, Value } from '../where';
import { indexTable, jsonPath, scalarElements } from './schema';

export type SqlParam = string | number;

export interface SqlWhere {
  sql: string;
  params: SqlParam[];
}

const COMPARISON: Record<RangeOperator, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

/** better-sqlite3 cannot bind booleans; JSON booleans read back from SQLite as 1 and 0. */
const bind = (value: Value): SqlParam => (typeof value === 'boolean' ? Number(value) : value);

function valuePredicate(expr: string, condition: Condition, params: SqlParam[]): string {
  switch (condition.op) {
    case 'eq':
      params.push(bind(condition.value));
      return `${expr} = ?`;
    case 'in':
      if (condition.values.length === 0) return '0';
      params.push(...condition.values.map(bind));
      return `${expr} IN (${condition.values.map(() => '?').join(', ')})`;
    case 'range':
      return condition.bounds
        .map(({ op, value }) => {
          params.push(value);
          const sameType =
            typeof value === 'number'
              ? `typeof(${expr}) IN ('integer', 'real')`
              : `typeof(${expr}) = 'text'`;
          return `${sameType} AND ${expr} ${COMPARISON[op]} ?`;
        })
        .join(' AND ');
    case 'null':
      return '0';
  }
}

/** The index rows of one condition on an indexed field (`_id` names their documents). */
export function indexRowsWhere(condition: Condition): SqlWhere {
  const params: SqlParam[] = [condition.field];
  const predicate = valuePredicate('value', condition, params);
  return { sql: `field = ? AND ${predicate}`, params };
}

/**
 * How an indexed field is checked: `list` the documents its index rows hold; `lookup` the
 * document's own index rows (when the query also names the documents by `_id`), except that a
 * `$in` reads the document (one probe of the index per value and document costs more); or
 * `document` reads the document itself (a range, when an equality on an indexed field already
 * picks the candidates: listing every document after a date to keep a few made such queries slow).
 */
export type IndexUse = 'list' | 'lookup' | 'document';

/** What each condition of a WHERE clause is written against, and the parameters they add to. */
interface ClauseContext {
  collection: string;
  indexed: ReadonlySet<string>;
  params: SqlParam[];
  use: IndexUse;
}

function matchSql(clause: ClauseContext, condition: Condition): string {
  const { collection, indexed, params, use } = clause;
  const { field } = condition;
  if (field === '_id') return valuePredicate('t._id', condition, params);
  const byId = use === 'lookup';
  const readsDocument =
    (use === 'document' && condition.op === 'range') || (byId && condition.op === 'in');
  if (indexed.has(field) && !readsDocument) {
    params.push(field);
    const predicate = valuePredicate('value', condition, params);
    return byId
      ? `EXISTS (SELECT 1 FROM ${indexTable(collection)} WHERE field = ? AND ${predicate} AND _id = t._id)`
      : `t._id IN (SELECT _id FROM ${indexTable(collection)} WHERE field = ? AND ${predicate})`;
  }
  const elements = scalarElements('t.doc', jsonPath(field));
  return `EXISTS (SELECT 1 FROM ${elements} AND ${valuePredicate('e.value', condition, params)})`;
}

function conditionSql(clause: ClauseContext, condition: Condition): string {
  const isNull =
    condition.field === '_id' ? '0' : `json_extract(t.doc, ${jsonPath(condition.field)}) IS NULL`;
  if (condition.op === 'null') return isNull;
  const match = matchSql(clause, condition);
  return condition.op === 'in' && condition.orNull ? `(${match} OR ${isNull})` : match;
}

/** The WHERE clause over `t`, a collection's document table. */
export function whereSql(
  collection: string,
  indexed: ReadonlySet<string>,
  conditions: readonly Condition[],
  /** `lookup`: the rows come from elsewhere (a sort index), each checked against its index rows. */
  forced?: 'lookup',
): SqlWhere {
  const params: SqlParam[] = [];
  const picks = (c: Condition) => c.op === 'eq' || (c.op === 'in' && !c.orNull);
  const use: IndexUse =
    forced ??
    (conditions.some((c) => c.field === '_id' && picks(c))
      ? 'lookup'
      : conditions.some((c) => indexed.has(c.field) && picks(c))
        ? 'document'
        : 'list');
  const clause: ClauseContext = { collection, indexed, params, use };
  const clauses = conditions.map((c) => conditionSql(clause, c));
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function orderBySql(sort: readonly [string, SortDirection][]): string {
  const keys = sort.map(([field, direction]) => {
    const expr = field === '_id' ? 't._id' : `json_extract(t.doc, ${jsonPath(field)})`;
    return `${expr} ${direction === 1 ? 'ASC' : 'DESC'}`;
  });
  if (!sort.some(([field]) => field === '_id')) keys.push('t._id ASC');
  return `ORDER BY ${keys.join(', ')}`;
}
