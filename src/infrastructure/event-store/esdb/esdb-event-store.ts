import {
  type AllStreamRecordedEvent,
  type AllStreamResolvedEvent,
  BACKWARDS,
  END,
  ErrorType,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  isCommandError,
  NO_STREAM,
  type ReadAllOptions as EsdbReadAllOptions,
  type ReadPosition,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  type AppendResult,
  ConcurrencyError,
  type EventStore,
  type EventStoreHealth,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionHandler,
} from '../event-store.port';
import { sealOntoHead, unchangedStream } from '../stream-head';
import { UpcasterRegistry } from '../upcasting/upcaster-registry';
import {
  fromEsdbCurrentRevision,
  fromEsdbEvent,
  isSystemEvent,
  positionToNumber,
  toEsdbPosition,
  toEventData,
} from './esdb-mapping';
import { DEFAULT_RETRY, type RetryPolicy, withinDeadline, withRetries } from './esdb-errors';
import { type EsdbLogger, EsdbSubscription } from './esdb-subscription';

export type { EsdbLogger } from './esdb-subscription';

export interface EsdbEventStoreOptions {
  upcasters: UpcasterRegistry;
  clock?: () => Date;
  logger?: EsdbLogger;
  /** Subscription resubscribe backoff: first delay, doubled up to the maximum. */
  resubscribeBackoff?: { initialMs: number; maxMs: number };
  /** How often an idle subscription checks that it has not silently stalled (0 disables). */
  stallCheckMs?: number;
  /** Budget of the whole health check. */
  healthDeadlineMs?: number;
  /** Calls retried after failover or unavailability (NotLeader, Unavailable, …) before a 503. */
  retry?: RetryPolicy;
}

const DEFAULT_READ_LIMIT = 1000;
/** Attempts of read-seal-append when a concurrent writer moves the stream under an 'any' append. */
const MAX_APPEND_ATTEMPTS = 10;
const BACKWARD_PAGE = 200;
/**
 * How far back (in events) an `any`/`stream_exists` re-append looks for its batch beyond the tail.
 * Exact and no_stream expectations find it at the revision they name.
 */
export const REAPPEND_WINDOW = 1000;

const silentLogger: EsdbLogger = {
  info: () => undefined,
  warn: (context, message) => console.warn(message, context),
  error: (context, message) => console.error(message, context),
};

/**
 * EventStore on EventStoreDB / KurrentDB (gRPC, `@eventstore/db-client`). Streams, revisions and
 * `$all` are ESDB's own; the adapter adds what the port promises beyond them:
 * - the tamper-evident hash chain, sealed exactly as the SQLite adapter does, chained to the
 *   stream's last stored event and appended with that exact revision so that the chain can't fork;
 * - idempotent re-append by event id; system events hidden; upcasting on read;
 * - subscriptions that resubscribe after drops without skipping or repeating events.
 * ESDB metadata of each event = the port metadata (with recordedAt, prevHash, hash) + schemaVersion.
 */
export class EsdbEventStore implements EventStore {
  readonly adapter = 'esdb' as const;
  private readonly upcasters: UpcasterRegistry;
  private readonly clock: () => Date;
  private readonly logger: EsdbLogger;
  private readonly subscriptions = new Set<EsdbSubscription>();
  private closing: Promise<void> | undefined;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: EsdbEventStoreOptions,
  ) {
    this.upcasters = options.upcasters;
    this.clock = options.clock ?? (() => new Date());
    this.logger = options.logger ?? silentLogger;
  }

  /**
   * Connects lazily: the first operation opens the gRPC channel. `url` is an ESDB connection
   * string (`esdb://host:2113?tls=false`, `esdb+discover://…`); the KurrentDB spellings
   * `kurrentdb://` and `kdb://` are accepted too (client 6.x only parses `esdb`).
   */
  static connect(url: string, options: EsdbEventStoreOptions): EsdbEventStore {
    const connectionString = url
      .trim()
      .replace(/^(?:kurrentdb|kdb)(\+discover)?:\/\//i, 'esdb$1://');
    return new EsdbEventStore(EventStoreDBClient.connectionString(connectionString), options);
  }

  /**
   * Retried whole after failover: an append that was stored before the error is then found by its
   * event ids and answered as stored (never stored twice).
   */
  append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.retrying(() => this.appendOnce(streamId, events, expected), streamId);
  }

  private async appendOnce(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const tail = await this.readTail(streamId, Math.max(events.length, 1));
      const head = tail[tail.length - 1];
      if (events.length > 0) {
        const replayed = await this.storedBatch(streamId, events, expected, tail);
        if (replayed) return replayed;
      }
      const chainHead = head && {
        revision: head.revision,
        position: head.position,
        hash: head.metadata.hash,
      };
      const sealed = sealOntoHead(
        streamId,
        events,
        expected,
        chainHead,
        this.clock().toISOString(),
      );
      if (sealed.length === 0) return unchangedStream(chainHead);
      try {
        // Always the exact revision the chain was sealed against, whatever the caller expected.
        await this.client.appendToStream(streamId, sealed.map(toEventData), {
          expectedRevision: head ? BigInt(head.revision) : NO_STREAM,
        });
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        // Someone appended between our read and our append. Read again: a numeric or no_stream
        // expectation then fails as a ConcurrencyError, any/stream_exists seal and try again.
        if (attempt >= MAX_APPEND_ATTEMPTS) {
          throw new ConcurrencyError(
            streamId,
            expected,
            fromEsdbCurrentRevision(error.actualVersion),
          );
        }
        await delay(Math.floor(Math.random() * 20 * attempt));
        continue;
      }

      // Read the batch back for its $all positions. What is stored is returned, not what was
      // sealed: if a concurrent append of the same event ids won (the server treats an append of
      // already-stored ids at the same expected revision as an idempotent success), the stored
      // events carry that append's recordedAt and hashes.
      const stored = await this.readRange(streamId, sealed[0].revision, sealed.length);
      if (stored.length !== sealed.length || stored.some((event, i) => event.id !== sealed[i].id)) {
        throw new Error(
          `Stream ${streamId}: the events appended at revision ${sealed[0].revision} are not the ones read back`,
        );
      }
      const last = stored[stored.length - 1];
      return { nextExpectedRevision: last.revision, position: last.position, events: stored };
    }
  }

  /**
   * The batch was stored before (its first event id is in the stream where an earlier append of
   * it would be): answer with the stored events. Looked for in the stream's tail (the last N
   * events, N = batch size), then for an exact or no_stream expectation right after that revision,
   * for any/stream_exists among the REAPPEND_WINDOW events before the tail.
   */
  private async storedBatch(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
    tail: RecordedEvent[],
  ): Promise<AppendResult | undefined> {
    const head = tail[tail.length - 1];
    if (!head) return undefined;
    const firstId = events[0].id;
    const inTail = tail.findIndex((event) => event.id === firstId);
    let stored: RecordedEvent[] | undefined;
    if (inTail >= 0) {
      stored = tail.slice(inTail, inTail + events.length);
    } else if (expected === 'any' || expected === 'stream_exists') {
      stored = await this.findOlderBatch(streamId, firstId, events.length, tail[0].revision);
    } else {
      const candidate = expected === 'no_stream' ? 0 : expected + 1;
      if (candidate >= 0 && candidate < tail[0].revision) {
        const range = await this.readRange(streamId, candidate, events.length);
        if (range[0]?.id === firstId) stored = range;
      }
    }
    if (!stored || stored.length === 0) return undefined;
    return {
      nextExpectedRevision: head.revision,
      position: stored[stored.length - 1].position,
      events: stored,
    };
  }

  /** The batch whose first event is `firstId` among the window of events before `before`. */
  private async findOlderBatch(
    streamId: string,
    firstId: string,
    size: number,
    before: number,
  ): Promise<RecordedEvent[] | undefined> {
    if (before <= 0) return undefined;
    const older = await this.collectStream(streamId, {
      fromRevision: BigInt(before - 1),
      direction: BACKWARDS,
      maxCount: BigInt(REAPPEND_WINDOW),
    });
    const first = older.find((event) => event.id === firstId);
    return first ? this.readRange(streamId, first.revision, size) : undefined;
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.retrying(() => this.readStreamOnce(streamId, options), streamId);
  }

  private async readStreamOnce(
    streamId: string,
    options: ReadStreamOptions,
  ): Promise<RecordedEvent[]> {
    const from = options.fromRevision ?? 0;
    const until = options.recordedUntil ? new Date(options.recordedUntil).toISOString() : undefined;
    if (options.limit !== undefined && options.limit <= 0) return [];
    const events = await this.collectStream(streamId, {
      fromRevision: from > 0 ? BigInt(from) : START,
      direction: FORWARDS,
      ...(options.limit !== undefined && until === undefined
        ? { maxCount: BigInt(options.limit) }
        : {}),
    });
    return events
      .filter((event) => until === undefined || event.metadata.recordedAt <= until)
      .slice(0, options.limit)
      .map((event) => this.upcast(event, options.raw));
  }

  readAll(fromPosition: number, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.retrying(() => this.readAllOnce(fromPosition, options));
  }

  private async readAllOnce(
    fromPosition: number,
    options: ReadAllOptions,
  ): Promise<RecordedEvent[]> {
    const limit = options.limit ?? DEFAULT_READ_LIMIT;
    if (limit <= 0) return [];
    const pageSize = Math.min(Math.max(limit + 1, 32), 2048);
    const found: RecordedEvent[] = [];
    let seen = fromPosition;
    let page = await this.readAllAfter(fromPosition, pageSize);
    for (;;) {
      for (const resolved of page) {
        const event = resolved.event;
        if (!event) continue;
        const position = positionToNumber(event.position, `event ${event.id}`);
        if (position <= seen) continue;
        seen = position;
        if (isSystemEvent(event)) continue;
        found.push(this.upcast(fromEsdbEvent(event), options.raw));
        if (found.length >= limit) return found;
      }
      const last = page[page.length - 1]?.event;
      if (page.length < pageSize || !last) return found;
      // Pages start at the last event read (inclusive); it is skipped as already seen.
      page = await this.readAllPage({ fromPosition: last.position, maxCount: pageSize });
    }
  }

  subscribe(
    fromPosition: number,
    handler: SubscriptionHandler,
    options: SubscribeOptions = {},
  ): Subscription {
    const subscription: EsdbSubscription = new EsdbSubscription({
      fromPosition,
      handler,
      batchSize: Math.max(1, options.batchSize ?? 500),
      onError: options.onError,
      open: (from) =>
        this.client.subscribeToAll({ fromPosition: from, filter: excludeSystemEvents() }),
      resolveStart: (position) => this.validPositionAtOrBefore(position),
      convert: (resolved) => {
        const event = resolved.event;
        if (!event || isSystemEvent(event)) return undefined;
        return { event: this.upcast(fromEsdbEvent(event)), at: event.position };
      },
      latestPosition: () => this.lastPosition(),
      isFatal: (error) =>
        isCommandError(error as Error) &&
        [ErrorType.ACCESS_DENIED, ErrorType.UNSUPPORTED].includes(
          (error as { type: ErrorType }).type,
        ),
      logger: this.logger,
      backoff: this.options.resubscribeBackoff ?? { initialMs: 100, maxMs: 5000 },
      stallCheckMs: this.options.stallCheckMs ?? 30_000,
      onClosed: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    subscription.start();
    return subscription;
  }

  lastPosition(): Promise<number> {
    return this.retrying(() => this.lastPositionOnce());
  }

  private async lastPositionOnce(reads?: Set<StreamingRead>): Promise<number> {
    const last = await this.findBackwards((event) => !isSystemEvent(event), reads);
    return last ? positionToNumber(last.position, `event ${last.id}`) : 0;
  }

  /** One attempt, answered within the health budget: a stalled server reads as unhealthy. */
  async health(): Promise<EventStoreHealth> {
    const reads = new Set<StreamingRead>();
    try {
      const lastPosition = await withinDeadline(
        this.lastPositionOnce(reads),
        this.options.healthDeadlineMs ?? 5000,
        () => reads.forEach((read) => void read.cancel().catch(() => undefined)),
      );
      return { ok: true, adapter: this.adapter, lastPosition };
    } catch (error) {
      return { ok: false, adapter: this.adapter, detail: describe(error) };
    }
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
      await this.client.dispose();
    })();
    return this.closing;
  }

  private retrying<T>(operation: () => Promise<T>, streamId?: string): Promise<T> {
    return withRetries(operation, this.options.retry ?? DEFAULT_RETRY, { streamId });
  }

  private upcast(event: RecordedEvent, raw = false): RecordedEvent {
    return raw ? event : this.upcasters.apply(event);
  }

  /** The stream's last `count` events, oldest first; [] when the stream does not exist. */
  private async readTail(streamId: string, count: number): Promise<RecordedEvent[]> {
    const events = await this.collectStream(streamId, {
      fromRevision: END,
      direction: BACKWARDS,
      maxCount: BigInt(count),
    });
    return events.reverse();
  }

  private readRange(
    streamId: string,
    fromRevision: number,
    count: number,
  ): Promise<RecordedEvent[]> {
    return this.collectStream(streamId, {
      fromRevision: BigInt(fromRevision),
      direction: FORWARDS,
      maxCount: BigInt(count),
    });
  }

  private async collectStream(
    streamId: string,
    options: Parameters<EventStoreDBClient['readStream']>[1],
  ): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, options)) {
        if (resolved.event) events.push(fromEsdbEvent(resolved.event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  /** A page of `$all`; while it is read, its call is in `reads` (to be cancelled from outside). */
  private async readAllPage(
    options: EsdbReadAllOptions,
    reads?: Set<StreamingRead>,
  ): Promise<AllStreamResolvedEvent[]> {
    const page: AllStreamResolvedEvent[] = [];
    const read = this.client.readAll({ resolveLinkTos: false, ...options });
    reads?.add(read);
    try {
      for await (const resolved of read) page.push(resolved);
    } finally {
      reads?.delete(read);
    }
    return page;
  }

  /** A forward page of `$all` starting at or before the event after port position `after`. */
  private async readAllAfter(after: number, maxCount: number): Promise<AllStreamResolvedEvent[]> {
    if (after <= 0) return this.readAllPage({ fromPosition: START, maxCount });
    try {
      return await this.readAllPage({ fromPosition: toEsdbPosition(after), maxCount });
    } catch (error) {
      if (!mayBeInvalidPosition(error)) throw error;
      const anchor = await this.lastRecordAtOrBefore(after);
      return this.readAllPage({ fromPosition: anchor, maxCount });
    }
  }

  /** Where a subscription after port position `position` can start: a valid ESDB position ≤ it. */
  private async validPositionAtOrBefore(position: number): Promise<ReadPosition> {
    if (position <= 0) return START;
    const candidate = toEsdbPosition(position);
    try {
      const [first] = await this.readAllPage({ fromPosition: candidate, maxCount: 1 });
      if (first?.event) return candidate;
    } catch (error) {
      if (!mayBeInvalidPosition(error)) throw error;
    }
    return this.lastRecordAtOrBefore(position);
  }

  /**
   * `$all` can only be read from a record boundary; a port position that is not one (e.g. p - 1)
   * is refused by the server as an invalid position. Find the newest record at or before it by
   * reading backwards from the end (costly for old positions; only reached for such positions).
   */
  private async lastRecordAtOrBefore(position: number): Promise<ReadPosition> {
    this.logger.info(
      { position },
      'EventStoreDB: position is not an event position; searching backwards',
    );
    const found = await this.findBackwards(
      (event) => positionToNumber(event.position, `event ${event.id}`) <= position,
    );
    return found ? found.position : START;
  }

  /**
   * The newest `$all` event (system events included) that matches, reading backwards from the end
   * in pages of growing size (the answer is usually among the first few events).
   */
  private async findBackwards(
    matches: (event: AllStreamRecordedEvent) => boolean,
    reads?: Set<StreamingRead>,
  ): Promise<AllStreamRecordedEvent | undefined> {
    let from: ReadPosition = END;
    let seen: number | undefined;
    for (const maxCount of backwardPageSizes()) {
      const page = await this.readAllPage(
        { fromPosition: from, direction: BACKWARDS, maxCount },
        reads,
      );
      for (const resolved of page) {
        const event = resolved.event;
        if (!event) continue;
        const position = positionToNumber(event.position, `event ${event.id}`);
        if (seen !== undefined && position >= seen) continue; // in case a page repeats its start
        seen = position;
        if (matches(event)) return event;
      }
      const last = page[page.length - 1]?.event;
      if (page.length < maxCount || !last) return undefined;
      from = last.position;
    }
    return undefined;
  }
}

type StreamingRead = ReturnType<EventStoreDBClient['readAll']>;

function* backwardPageSizes(): Generator<number> {
  yield 1;
  yield 16;
  for (;;) yield BACKWARD_PAGE;
}

/** The server answers a read from a position inside a log record with an (unmapped) error. */
function mayBeInvalidPosition(error: unknown): boolean {
  return (
    error instanceof Error &&
    isCommandError(error) &&
    [ErrorType.UNKNOWN, ErrorType.INVALID_ARGUMENT, ErrorType.NOT_FOUND].includes(error.type)
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
