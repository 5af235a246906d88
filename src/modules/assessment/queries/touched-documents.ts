import type { Projection, ProjectionStore } from '../../../../projections/projection';
import type { EventStore } from '../../../infrastructure/event-store/event-store.port';
import { toProjected } from '../../../infrastructure/projections/projection-slot';
import type { GenerationReads } from './generation-reads';

/** Ids of documents by `<projection>/<collection>`. */
export type TouchedDocuments = Map<string, Set<string>>;

export const touchedKey = (projection: Projection, collection: string): string =>
  `${projection.name}/${collection}`;

const READ_BATCH = 1_000;

/**
 * The documents the projections wrote between two positions of each: the events in between are
 * given again to the projections, with a store that serves reads from the read models and only
 * records the documents read, put or deleted (a superset of those that changed). Answers null when
 * more than `maxEvents` events lie in between (reading everything again is then cheaper).
 * Throws when a projection cannot apply an event over the current documents.
 */
export async function touchedDocuments(
  events: EventStore,
  reads: GenerationReads,
  projections: readonly Projection[],
  from: ReadonlyMap<string, number>,
  to: ReadonlyMap<string, number>,
  maxEvents: number,
): Promise<TouchedDocuments | null> {
  const touched: TouchedDocuments = new Map();
  const record = (projection: Projection, collection: string, id: string) => {
    const key = touchedKey(projection, collection);
    const ids = touched.get(key);
    if (ids) ids.add(id);
    else touched.set(key, new Set([id]));
  };
  const stores = new Map(
    projections.map((projection): [Projection, ProjectionStore] => [
      projection,
      {
        get: (collection, id) => {
          record(projection, collection, id);
          return reads.get(projection, collection, id);
        },
        put: (collection, doc) => record(projection, collection, doc._id),
        delete: (collection, id) => record(projection, collection, id),
      },
    ]),
  );
  const moved = projections.filter((p) => (to.get(p.name) ?? 0) > (from.get(p.name) ?? 0));
  if (moved.length === 0) return touched;
  const start = Math.min(...moved.map((p) => from.get(p.name) ?? 0));
  const end = Math.max(...moved.map((p) => to.get(p.name) ?? 0));
  let seen = 0;
  for (let position = start; position < end;) {
    const batch = await events.readAll(position, { limit: READ_BATCH });
    if (batch.length === 0) break;
    seen += batch.length;
    if (seen > maxEvents) return null;
    for (const event of batch) {
      position = event.position;
      if (position > end) break;
      for (const [projection, store] of stores) {
        const after = from.get(projection.name) ?? 0;
        const upTo = to.get(projection.name) ?? 0;
        if (position <= after || position > upTo || !projection.handles.has(event.type)) continue;
        await projection.apply(toProjected(event), store);
      }
    }
  }
  return touched;
}
