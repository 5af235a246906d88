import type { Projection } from '../../../projections/projection';
import type { EventStore } from '../event-store/event-store.port';
import type { FindQuery } from '../read-store/read-store.port';
import { type Condition, parseWhere } from '../read-store/where';
import { toProjected } from './projection-slot';

type Doc = { _id: string } & Record<string, unknown>;

/** Recorded times from several instances may disagree by clock skew; scanning stops this far past `asOf`. */
export const AS_OF_SKEW_MS = 5 * 60 * 1000;

export interface DocumentSource {
  find<T extends { _id: string }>(
    projection: Projection,
    collection: string,
    query?: FindQuery,
  ): Promise<T[]>;
}

/**
 * Read models as recorded at a past time: the projections replayed in memory over the events
 * recorded up to `asOf` (later ones ignored). Answers the same queries as the live read models.
 */
export class AsOfSnapshot implements DocumentSource {
  private constructor(private readonly collections: Map<string, Map<string, Doc>>) {}

  /** `asOf`: only events recorded by then; `upToPosition`: only events up to that global position. */
  static async build(
    store: EventStore,
    projections: readonly Projection[],
    asOf: string,
    upToPosition = Number.MAX_SAFE_INTEGER,
  ): Promise<AsOfSnapshot> {
    const collections = new Map<string, Map<string, Doc>>();
    const storeFor = (projection: Projection) => {
      const table = (name: string) => {
        const key = `${projection.name}.${name}`;
        if (!collections.has(key)) collections.set(key, new Map());
        return collections.get(key)!;
      };
      return {
        get: async <T extends { _id: string }>(name: string, id: string) =>
          (table(name).get(id) as T | undefined) ?? null,
        put: <T extends { _id: string }>(name: string, doc: T) =>
          void table(name).set(doc._id, doc as unknown as Doc),
        delete: (name: string, id: string) => void table(name).delete(id),
      };
    };
    const stores = projections.map((projection) => ({ projection, store: storeFor(projection) }));
    const limit = Date.parse(asOf);
    for (let position = 0; ;) {
      const events = await store.readAll(position, { limit: 5000 });
      if (events.length === 0) break;
      let beyond = false;
      for (const event of events) {
        position = event.position;
        if (position > upToPosition) {
          beyond = true;
          break;
        }
        const recorded = Date.parse(event.metadata.recordedAt);
        if (recorded > limit) {
          if (recorded > limit + AS_OF_SKEW_MS) beyond = true;
          continue;
        }
        const projected = toProjected(event);
        for (const { projection, store: target } of stores) {
          if (projection.handles.has(event.type)) await projection.apply(projected, target);
        }
      }
      if (beyond) break;
    }
    return new AsOfSnapshot(collections);
  }

  async find<T extends { _id: string }>(
    projection: Projection,
    collection: string,
    query: FindQuery = {},
  ) {
    const conditions = parseWhere(query.where);
    const docs = [
      ...(this.collections.get(`${projection.name}.${collection}`)?.values() ?? []),
    ].filter((doc) => conditions.every((condition) => matches(doc, condition)));
    return docs as unknown as T[];
  }
}

function valuesAt(doc: Doc, field: string): unknown[] {
  const value = field
    .split('.')
    .reduce<unknown>(
      (current, key) => (current as Record<string, unknown> | undefined)?.[key],
      doc,
    );
  return Array.isArray(value) ? value : [value];
}

function matches(doc: Doc, condition: Condition): boolean {
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
