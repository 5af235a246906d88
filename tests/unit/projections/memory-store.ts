import type { Projection, ProjectedEvent, ProjectionStore } from '../../../projections/projection';

/** A Map-backed ProjectionStore for projection unit tests. */
export class MemoryProjectionStore implements ProjectionStore {
  readonly collections = new Map<string, Map<string, { _id: string }>>();

  async get<T extends { _id: string }>(collection: string, id: string): Promise<T | null> {
    const doc = this.collections.get(collection)?.get(id);
    return doc ? (structuredClone(doc) as T) : null;
  }

  put<T extends { _id: string }>(collection: string, doc: T): void {
    if (!this.collections.has(collection)) this.collections.set(collection, new Map());
    this.collections.get(collection)!.set(doc._id, structuredClone(doc));
  }

  delete(collection: string, id: string): void {
    this.collections.get(collection)?.delete(id);
  }

  all<T>(collection: string): T[] {
    return [...(this.collections.get(collection)?.values() ?? [])] as T[];
  }
}

let position = 0;

/** An event as the runner hands it to a projection. */
export function projected(
  streamId: string,
  type: string,
  data: Record<string, unknown>,
): ProjectedEvent {
  position += 1;
  return {
    eventId: `e${position}`,
    streamId,
    type,
    data,
    position,
    revision: 0,
    recordedAt: new Date(Date.UTC(2025, 0, 1) + position * 1000).toISOString(),
    actorId: 'tester',
    actorRole: 'admin',
  };
}

/** Applies events in order, skipping types the projection does not handle, as the runner does. */
export async function project(
  projection: Projection,
  events: ProjectedEvent[],
  store = new MemoryProjectionStore(),
): Promise<MemoryProjectionStore> {
  for (const event of events) {
    if (projection.handles.has(event.type)) await projection.apply(event, store);
  }
  return store;
}
