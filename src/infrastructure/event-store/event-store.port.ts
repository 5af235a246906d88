/**
 * The event store port. Adapters: sqlite/ (embedded default) and esdb/ (EventStoreDB).
 * Revisions are 0-based per stream (the first event of a stream has revision 0);
 * positions are global, strictly increasing integers across all streams.
 */

/** `no_stream`: the stream must not exist; `stream_exists`: it must; a number: its last revision. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

/** Metadata the caller supplies with each event. */
export interface EventMetadataInput {
  actorId: string;
  actorRole: string;
  requestId: string;
  causationId?: string | null;
  /** Free extra metadata (e.g. a request-body hash for idempotent creates). */
  [key: string]: unknown;
}

export interface NewEvent<D = unknown> {
  /**
   * uuid; re-appending an event with an id already stored does not store it twice (EventStoreDB
   * with `any`/`stream_exists`: when the batch is among the stream's last 1000 events before the
   * batch-sized tail).
   */
  id: string;
  type: string;
  /** Defaults to 1. */
  schemaVersion?: number;
  data: D;
  metadata: EventMetadataInput;
}

/** Metadata as stored: the input plus what the store adds. */
export interface EventMetadata extends EventMetadataInput {
  causationId: string | null;
  recordedAt: string;
  prevHash: string;
  hash: string;
}

export interface RecordedEvent<D = unknown> {
  id: string;
  streamId: string;
  revision: number;
  position: number;
  type: string;
  schemaVersion: number;
  data: D;
  metadata: EventMetadata;
}

export interface AppendResult {
  /** Revision of the stream's last event after the append. */
  nextExpectedRevision: number;
  /** Global position of the last event of the stream after the append. */
  position: number;
  /** The events as stored (already present ones included when re-appended). */
  events: RecordedEvent[];
}

export interface ReadOptions {
  /** Skip upcasting: the events exactly as stored (the integrity verifier needs this). */
  raw?: boolean;
}

export interface ReadStreamOptions extends ReadOptions {
  /** First revision to read (inclusive). Default 0. */
  fromRevision?: number;
  /** At most this many events (from `fromRevision` on). */
  limit?: number;
  /** Only events recorded at or before this time (as-of reads). */
  recordedUntil?: string;
}

export interface ReadAllOptions extends ReadOptions {
  /** Maximum number of events to return. */
  limit?: number;
}

export type SubscriptionHandler = (events: RecordedEvent[]) => Promise<void>;

export interface SubscribeOptions {
  /** Upper bound of events delivered per handler call. */
  batchSize?: number;
  /** Called when the subscription stops because of an error the adapter cannot recover from. */
  onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Resolves once no handler call is in flight and none will start. */
  close(): Promise<void>;
  /** Position of the last event handed to the handler (0 before any). */
  readonly position: number;
}

export interface EventStoreHealth {
  ok: boolean;
  adapter: string;
  detail?: string;
  lastPosition?: number;
}

/** A stream's last event: its revision, stored hash and global position. */
export interface StoredStreamHead {
  streamId: string;
  revision: number;
  hash: string;
  position: number;
}

export interface EventStore {
  readonly adapter: 'sqlite' | 'esdb';
  /**
   * Optional: the heads of the streams in stream-id order, a page at a time: those after stream
   * `after` (from the first when null), at most `limit` (integrity anchors read them instead of the
   * whole log when the adapter keeps heads). Each page is read at its own moment.
   */
  streamHeads?(page: { after: string | null; limit: number }): Promise<StoredStreamHead[]>;
  append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** All events of a stream in revision order; an empty array when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Events with position strictly greater than `fromPosition`, in global order. */
  readAll(fromPosition: number, options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catches up from `fromPosition` (exclusive), then delivers new events live, in order, once each. */
  subscribe(
    fromPosition: number,
    handler: SubscriptionHandler,
    options?: SubscribeOptions,
  ): Subscription;
  lastPosition(): Promise<number>;
  health(): Promise<EventStoreHealth>;
  close(): Promise<void>;
}

export class ConcurrencyError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
    this.name = 'ConcurrencyError';
  }
}

/** The store cannot be reached or has no leader now (after the adapter's own retries); retry later. */
export class StoreUnavailableError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

/** The store refused the batch as too large; nothing was stored. */
export class EventsTooLargeError extends Error {
  constructor(
    readonly streamId: string,
    readonly maxBytes: number | undefined,
  ) {
    super(
      `Stream ${streamId}: the events exceed the store's maximum append size${maxBytes ? ` (${maxBytes} bytes)` : ''}`,
    );
    this.name = 'EventsTooLargeError';
  }
}

export const EVENT_STORE = Symbol('EVENT_STORE');
