/**
 * A projection turns events into documents. It is pure: it reads and writes documents only
 * through the `ProjectionStore` it is given (its own collections, by logical name), has no clock
 * and no I/O of its own, so replaying the same events always builds the same documents.
 */

export interface ProjectedEvent<D = Record<string, unknown>> {
  eventId: string;
  streamId: string;
  type: string;
  data: D;
  position: number;
  revision: number;
  recordedAt: string;
  actorId: string;
  actorRole: string;
}

export interface ProjectionDocument {
  _id: string;
  [field: string]: unknown;
}

export interface ProjectionStore {
  get<T extends { _id: string } = ProjectionDocument>(
    collection: string,
    id: string,
  ): Promise<T | null>;
  put<T extends { _id: string }>(collection: string, doc: T): void;
  delete(collection: string, id: string): void;
}

export interface ProjectionCollection {
  /** Fields to index; each entry a list of fields (compound when more than one). */
  indexes: string[][];
  /** Orders that reads of a page take (a field and 1 or -1, then `_id` ascending). */
  sorts?: [field: string, direction: 1 | -1][];
}

export interface Projection {
  /** Letters, digits and `_`. */
  readonly name: string;
  /** Bump when what the projection builds changes: the runner rebuilds it into new collections. */
  readonly version: number;
  readonly collections: Readonly<Record<string, ProjectionCollection>>;
  /** Event types it handles; others are skipped without a call. */
  readonly handles: ReadonlySet<string>;
  apply(event: ProjectedEvent, store: ProjectionStore): Promise<void>;
}

/** A reference to the event behind a fact, as explanations show it. */
export interface EventRef {
  streamId: string;
  eventId: string;
}

export const refOf = (event: ProjectedEvent): EventRef => ({
  streamId: event.streamId,
  eventId: event.eventId,
});
