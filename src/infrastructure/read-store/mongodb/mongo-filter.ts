import type { Filter } from 'mongodb';
import type { Condition } from '../where';
import type { StoredDocument } from './stored-documents';

/** The port's conditions are a subset of MongoDB's query language, with the same meaning. */
function toMongoCondition(condition: Condition): unknown {
  switch (condition.op) {
    case 'eq':
      return condition.value;
    case 'null':
      return null;
    case 'in':
      return { $in: condition.orNull ? [...condition.values, null] : condition.values };
    case 'range':
      return Object.fromEntries(condition.bounds.map(({ op, value }) => [op, value]));
  }
}

export function toFilter(conditions: readonly Condition[]): Filter<StoredDocument> {
  return Object.fromEntries(conditions.map((c) => [c.field, toMongoCondition(c)]));
}
