import type {
  Projection,
  ProjectionDocument,
  ProjectionStore,
  ProjectedEvent,
} from '../../../projections/projection';
import type { RecordedEvent } from '../event-store/event-store.port';
import type { ReadStoreTransaction } from '../read-store/read-store.port';
import { checkpointName, physicalCollection } from './generations';

/** One generation of one projection, with its checkpoint. */
export class ProjectionSlot {
  readonly checkpoint: string;
  private readonly physical: ReadonlyMap<string, string>;

  constructor(
    readonly projection: Projection,
    readonly generation: string,
    public position: number,
    readonly building: boolean,
  ) {
    this.checkpoint = checkpointName(projection, generation);
    this.physical = new Map(
      Object.keys(projection.collections).map((name) => [
        name,
        physicalCollection(projection, name, generation),
      ]),
    );
  }

  physicalNames(): ReadonlyMap<string, string> {
    return this.physical;
  }

  /** Applies the events after this slot's position that it handles; returns the new position. */
  async apply(events: readonly RecordedEvent[], tx: ReadStoreTransaction): Promise<number> {
    const store = this.storeFor(tx);
    let position = this.position;
    for (const event of events) {
      if (event.position <= position) continue;
      if (this.projection.handles.has(event.type))
        await this.projection.apply(toProjected(event), store);
      position = event.position;
    }
    if (position > this.position) tx.setCheckpoint(this.checkpoint, position);
    return position;
  }

  private storeFor(tx: ReadStoreTransaction): ProjectionStore {
    const name = (collection: string): string => {
      const physical = this.physical.get(collection);
      if (!physical)
        throw new Error(`Projection ${this.projection.name} has no collection ${collection}`);
      return physical;
    };
    return {
      get: <T extends ProjectionDocument>(collection: string, id: string) =>
        tx.get<T>(name(collection), id),
      put: (collection, doc) => tx.put(name(collection), doc),
      delete: (collection, id) => tx.delete(name(collection), id),
    };
  }
}

export function toProjected(event: RecordedEvent): ProjectedEvent {
  return {
    eventId: event.id,
    streamId: event.streamId,
    type: event.type,
    data: event.data as Record<string, unknown>,
    position: event.position,
    revision: event.revision,
    recordedAt: event.metadata.recordedAt,
    actorId: event.metadata.actorId,
    actorRole: event.metadata.actorRole,
  };
}
