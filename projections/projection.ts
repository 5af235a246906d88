import type { EventRef } from '../src/domain/shared/event-ref';
import type { DomainEvent } from '../src/domain/shared/decider';

/**
 * A projection turns events into documents. It is pure: it reads and writes documents only
 * through the `ProjectionStore` it is given (its own collections, by logical name), has no clock
 * and no I/O of its own, so replaying the same events always builds the same documents.
 */

/** Where and when an event was recorded, and by whom. */
export interface RecordedAs {
  eventId: string;
  streamId: string;
  position: number;
  revision: number;
  recordedAt: string;
  actorId: string;
  actorRole: string;
}

/**
 * A domain event as a projection sees it. Over a union of the domain's events it is a union of
 * projected events, so checking `type` narrows `data`. Unparameterised: any event, data unknown.
 */
export type ProjectedEvent<E extends DomainEvent = DomainEvent> = E extends DomainEvent
  ? RecordedAs & { readonly type: E['type']; readonly data: E['data'] }
  : never;

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

/** What a projection does with one event of type E. */
export type Handler<E extends DomainEvent> = (
  event: ProjectedEvent<E>,
  store: ProjectionStore,
) => void | Promise<unknown>;

/** One handler for each event type of the union E. */
export type Handlers<E extends DomainEvent> = {
  readonly [T in E['type']]: Handler<Extract<E, { type: T }>>;
};

/**
 * Whether the event is one of the union E (the types `handlers` has a handler for). The store's
 * events of a type carry that type's data (upcasters bring older shapes up to date before any
 * projection reads them): this is the one place projections rely on it.
 */
const isOneOf = <E extends DomainEvent>(
  handlers: Handlers<E>,
  event: ProjectedEvent,
): event is ProjectedEvent<E> => Object.hasOwn(handlers, event.type);

/** The handler of the event's own type, taking the event as that type. */
const handlerOf = <E extends DomainEvent>(
  handlers: Handlers<E>,
  event: ProjectedEvent<E>,
): Handler<E> => Reflect.get(handlers, event.type);

/**
 * A projection's `handles` and `apply` from one handler per event type: each handler reads its
 * event's data as the domain declares it, and the handled types are the handlers' keys.
 */
export function byType<E extends DomainEvent>(
  handlers: Handlers<E>,
): Pick<Projection, 'handles' | 'apply'> {
  return {
    handles: new Set(Object.keys(handlers)),
    async apply(event, store) {
      if (isOneOf(handlers, event)) await handlerOf(handlers, event)(event, store);
    },
  };
}

/** Narrows an event to the member of the union E that `type` names. */
export const on =
  <E extends DomainEvent>() =>
  <T extends E['type']>(
    event: ProjectedEvent,
    type: T,
  ): event is ProjectedEvent<Extract<E, { type: T }>> =>
    event.type === type;

/**
 * The global position of the last event that wrote a document: live readers that keep documents
 * in memory read again those written past the positions they hold (live-year.ts).
 */
export interface Written {
  lastPosition: number;
}

export const writtenBy = (event: RecordedAs): Written => ({ lastPosition: event.position });

/** The index live readers follow a collection's writes by. */
export const WRITTEN_INDEX = ['lastPosition'];

export type { EventRef } from '../src/domain/shared/event-ref';

export const refOf = (event: RecordedAs): EventRef => ({
  streamId: event.streamId,
  eventId: event.eventId,
});
