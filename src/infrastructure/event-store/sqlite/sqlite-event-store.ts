import Database from 'better-sqlite3';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BroadcastChannel } from 'node:worker_threads';
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
  type StoredStreamHead,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionHandler,
} from '../event-store.port';
import { BackgroundCheckpoint } from '../../sqlite/background-checkpoint';
import { UpcasterRegistry } from '../upcasting/upcaster-registry';
import { EVENT_STORE_SCHEMA, type EventRow } from './schema';
import { PollingSubscription } from './polling-subscription';
import { sealOntoHead, type StreamHead, unchangedStream } from '../stream-head';

export interface SqliteEventStoreOptions {
  /** Path of the database file, or ':memory:'. */
  file: string;
  upcasters?: UpcasterRegistry;
  clock?: () => Date;
  /** `normal` survives a killed process; `full` also survives power loss, at the cost of an fsync per append. */
  synchronous?: 'normal' | 'full';
  /**
   * How often subscriptions look for events appended by other processes (stores on the same file
   * in this process, in any thread, wake them at once).
   */
  pollIntervalMs?: number;
  /** Checkpoint the WAL in a thread of its own instead of inside appends (see background-checkpoint.ts). */
  backgroundCheckpoint?: boolean;
}

/** Events are read as arrays of these columns: better-sqlite3 builds arrays faster than objects. */
const EVENT_COLUMNS = 'position, id, stream_id, revision, type, schema_version, data, metadata';

type RawEventRow = [
  position: number,
  id: string,
  streamId: string,
  revision: number,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string,
];

const DEFAULT_READ_LIMIT = 1000;

export class SqliteEventStore implements EventStore {
  readonly adapter = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly upcasters: UpcasterRegistry;
  private readonly clock: () => Date;
  private readonly appended = new EventEmitter();
  /** Tells the stores on the same file in the other threads of this process of each append. */
  private neighbours: BroadcastChannel | null;
  /** The last position appended and not yet told to the neighbours (0: none). */
  private untold = 0;
  private readonly subscriptions = new Set<PollingSubscription>();
  private readonly pollIntervalMs: number;
  private readonly statements;
  private readonly appendTransaction;
  private readonly checkpoint: BackgroundCheckpoint | null;

  constructor(options: SqliteEventStoreOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(EVENT_STORE_SCHEMA);
    this.checkpoint =
      options.backgroundCheckpoint && options.file !== ':memory:'
        ? BackgroundCheckpoint.start(this.db)
        : null;
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.clock = options.clock ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.appended.setMaxListeners(0);
    this.neighbours =
      options.file === ':memory:'
        ? null
        : new BroadcastChannel(`sqlite-event-store:${resolve(options.file)}`);
    if (this.neighbours) {
      this.neighbours.onmessage = (message) =>
        this.appended.emit('appended', (message as { data: number }).data);
      this.neighbours.unref();
    }
    this.statements = {
      head: this.db.prepare<[string], StreamHead>(
        'SELECT revision, hash, position FROM streams WHERE stream_id = ?',
      ),
      firstHeads: this.db.prepare<[number], StoredStreamHead>(
        'SELECT stream_id AS streamId, revision, hash, position FROM streams ORDER BY stream_id LIMIT ?',
      ),
      headsAfter: this.db.prepare<[string, number], StoredStreamHead>(
        'SELECT stream_id AS streamId, revision, hash, position FROM streams WHERE stream_id > ? ORDER BY stream_id LIMIT ?',
      ),
      eventById: this.db.prepare<[string], EventRow>('SELECT * FROM events WHERE id = ?'),
      insert: this.db.prepare(
        `INSERT INTO events (id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      upsertHead: this.db.prepare(
        `INSERT INTO streams (stream_id, revision, hash, position) VALUES (?, ?, ?, ?)
         ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, hash = excluded.hash, position = excluded.position`,
      ),
      readStream: this.db
        .prepare<[string, number], RawEventRow>(
          `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision`,
        )
        .raw(),
      readStreamUntil: this.db
        .prepare<[string, number, string], RawEventRow>(
          `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? AND recorded_at <= ? ORDER BY revision`,
        )
        .raw(),
      readStreamFromRevision: this.db
        .prepare<[string, number, number], RawEventRow>(
          `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? AND revision < ? ORDER BY revision`,
        )
        .raw(),
      readAll: this.db
        .prepare<[number, number], RawEventRow>(
          `SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
        )
        .raw(),
      lastPosition: this.db.prepare<[], { position: number | null }>(
        'SELECT MAX(position) AS position FROM events',
      ),
    };
    this.appendTransaction = this.db.transaction(
      (streamId: string, events: NewEvent[], expected: ExpectedRevision): AppendResult =>
        this.appendInTransaction(streamId, events, expected),
    );
  }

  async append(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const result = this.appendTransaction.immediate(streamId, events, expected);
    if (result.events.length > 0) {
      this.appended.emit('appended', result.position);
      this.tellNeighbours(result.position);
    }
    return result;
  }

  private appendInTransaction(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): AppendResult {
    const head = this.statements.head.get(streamId);
    const alreadyStored =
      events.length > 0 ? this.statements.eventById.get(events[0].id) : undefined;
    if (alreadyStored) return this.replayedAppend(streamId, events, alreadyStored);

    const sealed = sealOntoHead(streamId, events, expected, head, this.clock().toISOString());
    if (sealed.length === 0) return unchangedStream(head);
    const recorded = sealed.map((event): RecordedEvent => {
      const info = this.statements.insert.run(
        event.id,
        streamId,
        event.revision,
        event.type,
        event.schemaVersion,
        event.json.data,
        event.json.metadata,
        event.metadata.recordedAt,
      );
      return {
        id: event.id,
        streamId,
        revision: event.revision,
        position: Number(info.lastInsertRowid),
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: event.data,
        metadata: event.metadata,
      };
    });
    const last = recorded[recorded.length - 1];
    this.statements.upsertHead.run(streamId, last.revision, last.metadata.hash, last.position);
    return { nextExpectedRevision: last.revision, position: last.position, events: recorded };
  }

  /** The batch (identified by its first event id) was stored before: answer with what is stored. */
  private replayedAppend(streamId: string, events: NewEvent[], first: EventRow): AppendResult {
    if (first.stream_id !== streamId) {
      throw new ConcurrencyError(streamId, 'any', first.revision);
    }
    const stored = this.statements.readStreamFromRevision
      .all(streamId, first.revision, first.revision + events.length)
      .map((row) => this.toRecorded(row, true));
    const head = this.statements.head.get(streamId);
    return {
      nextExpectedRevision: head?.revision ?? first.revision,
      position: stored[stored.length - 1]?.position ?? first.position,
      events: stored,
    };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromRevision ?? 0;
    if (options.limit !== undefined && options.limit <= 0) return [];
    const rows = options.recordedUntil
      ? this.statements.readStreamUntil.all(
          streamId,
          from,
          new Date(options.recordedUntil).toISOString(),
        )
      : options.limit !== undefined
        ? this.statements.readStreamFromRevision.all(streamId, from, from + options.limit)
        : this.statements.readStream.all(streamId, from);
    return rows.slice(0, options.limit).map((row) => this.toRecorded(row, options.raw));
  }

  async readAll(fromPosition: number, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.statements.readAll
      .all(fromPosition, options.limit ?? DEFAULT_READ_LIMIT)
      .map((row) => this.toRecorded(row, options.raw));
  }

  subscribe(
    fromPosition: number,
    handler: SubscriptionHandler,
    options: SubscribeOptions = {},
  ): Subscription {
    const subscription = new PollingSubscription({
      fromPosition,
      handler,
      batchSize: options.batchSize ?? 500,
      onError: options.onError,
      read: (from, limit) => this.readAll(from, { limit }),
      wakeups: this.appended,
      pollIntervalMs: this.pollIntervalMs,
      onClosed: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    subscription.start();
    return subscription;
  }

  async streamHeads(page: { after: string | null; limit: number }): Promise<StoredStreamHead[]> {
    return page.after === null
      ? this.statements.firstHeads.all(page.limit)
      : this.statements.headsAfter.all(page.after, page.limit);
  }

  async lastPosition(): Promise<number> {
    return this.statements.lastPosition.get()?.position ?? 0;
  }

  async health(): Promise<EventStoreHealth> {
    try {
      return { ok: true, adapter: this.adapter, lastPosition: await this.lastPosition() };
    } catch (error) {
      return { ok: false, adapter: this.adapter, detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    this.neighbours?.close();
    this.neighbours = null;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.checkpoint?.stop();
    if (this.db.open) this.db.close();
  }

  /** Once per turn of the event loop, however many appends it made (a message costs ~30 µs here). */
  private tellNeighbours(position: number): void {
    if (!this.neighbours) return;
    const scheduled = this.untold > 0;
    this.untold = position;
    if (scheduled) return;
    setImmediate(() => {
      const last = this.untold;
      this.untold = 0;
      this.neighbours?.postMessage(last);
    });
  }

  private toRecorded(
    [position, id, streamId, revision, type, schemaVersion, data, metadata]: RawEventRow,
    raw = false,
  ): RecordedEvent {
    const event: RecordedEvent = {
      id,
      streamId,
      revision,
      position,
      type,
      schemaVersion,
      data: JSON.parse(data),
      metadata: JSON.parse(metadata),
    };
    return raw ? event : this.upcasters.apply(event);
  }
}
