import { createHash, randomUUID } from 'node:crypto';
import { DomainError } from '../../src/domain/shared/errors';
import type { Decider, DomainEvent } from '../../src/domain/shared/decider';
import type { EventStore, RecordedEvent } from '../../src/infrastructure/event-store/event-store.port';
import { upcasters } from '../../src/infrastructure/event-store/upcasting/upcasters';

export interface Actor {
  id: string;
  role: string;
}

export interface RecordOptions {
  /** A create: the metadata carries a request hash, as the HTTP handlers record it. */
  create?: boolean;
  causationId?: string | null;
  /** Share one request id between the appends of one simulated request. */
  requestId?: string;
}

/**
 * Appends decided events straight through the EventStore port (bench data only: the HTTP layer is
 * bypassed) with the metadata the command handlers record, tracking each stream's revision so
 * every append carries the exact expected revision, as the aggregate executor does.
 */
/** The simulated time: the store's clock (recordedAt) and the commands' `now`. */
export class SimClock {
  ms = 0;

  get iso(): string {
    return new Date(this.ms).toISOString();
  }

  /** For SqliteEventStoreOptions.clock. */
  readonly now = (): Date => new Date(this.ms);
}

/** What the recorder needs of the store's better-sqlite3 connection to group commits. */
interface Connection {
  exec(sql: string): unknown;
  readonly inTransaction: boolean;
}

/**
 * Groups the appends of the generator into one SQLite transaction per `every` appends (each
 * append then runs in a savepoint: better-sqlite3 nests transactions). Only for writing bench
 * data fast: one commit per simulated command costs a WAL commit each (~150-200 µs here), which
 * would make a 1M-event store take minutes. It reaches into the store's private connection.
 */
export class CommitGroups {
  private pending = 0;

  private constructor(
    private readonly db: Connection,
    private readonly every: number,
  ) {}

  static of(store: EventStore, every: number): CommitGroups | null {
    const db = (store as unknown as { db?: Connection }).db;
    return db && typeof db.exec === 'function' ? new CommitGroups(db, every) : null;
  }

  afterAppend(): void {
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN IMMEDIATE');
      this.pending = 0;
      return;
    }
    this.pending += 1;
    if (this.pending >= this.every) this.flush();
  }

  flush(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.pending = 0;
  }
}

export class Recorder {
  events = 0;
  /** Set to group commits (bench data generation only). */
  groups: CommitGroups | null = null;
  appends = 0;
  readonly byType = new Map<string, number>();
  readonly refused = new Map<string, number>();
  private readonly revisions = new Map<string, number>();

  constructor(
    private readonly store: EventStore,
    private readonly clock: SimClock,
  ) {}

  get now(): number {
    return this.clock.ms;
  }

  set now(ms: number) {
    this.clock.ms = ms;
  }

  get nowIso(): string {
    return this.clock.iso;
  }

  async append(
    streamId: string,
    events: readonly DomainEvent[],
    actor: Actor,
    options: RecordOptions = {},
  ): Promise<RecordedEvent[]> {
    if (events.length === 0) return [];
    const requestId = options.requestId ?? randomUUID();
    const expected = this.revisions.get(streamId);
    const result = await this.store.append(
      streamId,
      events.map((event) => ({
        id: randomUUID(),
        type: event.type,
        schemaVersion: upcasters.currentVersion(event.type),
        data: event.data,
        metadata: {
          actorId: actor.id,
          actorRole: actor.role,
          requestId,
          causationId: options.causationId ?? null,
          ...(options.create && {
            requestHash: createHash('sha256').update(`${streamId}/${requestId}`).digest('hex'),
          }),
        },
      })),
      expected ?? 'no_stream',
    );
    this.revisions.set(streamId, result.nextExpectedRevision);
    this.groups?.afterAppend();
    this.events += events.length;
    this.appends += 1;
    for (const event of events) this.byType.set(event.type, (this.byType.get(event.type) ?? 0) + 1);
    return result.events;
  }

  /**
   * Decides the command on `state` with the real decider and appends what it decides; a refusal
   * is counted (by code) and recorded as nothing. Answers the new state, or null when refused.
   */
  async decide<C, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    state: S,
    command: C,
    actor: Actor,
    options: RecordOptions = {},
  ): Promise<{ state: S; events: RecordedEvent[] } | null> {
    let decided: E[];
    try {
      decided = decider.decide(command, state);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const key = `${(command as { type?: string }).type}:${error.code}`;
      this.refused.set(key, (this.refused.get(key) ?? 0) + 1);
      return null;
    }
    const events = await this.append(streamId, decided, actor, options);
    return { state: decided.reduce((s, e) => decider.evolve(s, e), state), events };
  }
}
