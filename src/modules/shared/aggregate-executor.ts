import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Decider, DomainEvent } from '../../domain/shared/decider';
import {
  ConcurrencyError,
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
} from '../../infrastructure/event-store/event-store.port';
import { upcasters } from '../../infrastructure/event-store/upcasting/upcasters';
import { conflictProblem, notFoundProblem } from '../../infrastructure/http/problem';
import type { CommandContext } from './command-context';

export interface LoadedAggregate<S> {
  state: S;
  exists: boolean;
  /** Revision of the last event, -1 when the stream does not exist. */
  revision: number;
  /** Global position of the last event, 0 when the stream does not exist. */
  position: number;
  events: RecordedEvent[];
}

export interface ExecuteOptions<C, E extends DomainEvent, S> {
  decider: Decider<C, E, S>;
  streamId: string;
  context: CommandContext;
  /**
   * `create`: the stream must not exist (a repeat with the same body replays); `update`: it must;
   * `upsert`: either (a slot, a year, a scheme).
   */
  mode: 'create' | 'update' | 'upsert';
  /**
   * Builds the command, or several decided in turn, from the loaded state (a handler may load
   * other aggregates here).
   */
  command: (current: LoadedAggregate<S>) => C | readonly C[] | Promise<C | readonly C[]>;
  /** The stream as the caller already read it: the first attempt decides on it without reading. */
  loaded?: LoadedAggregate<S>;
  /** A readable name for 404s and conflicts, e.g. `hazard H-1`. */
  label: string;
}

export interface ExecuteResult<S> {
  state: S;
  /** Revision of the stream's last event after the command, -1 when it has none. */
  revision: number;
  position: number;
  events: RecordedEvent[];
  /** True when a repeated create was recognised and nothing was recorded. */
  replayed: boolean;
}

/**
 * The aggregates of one kind as `execute` takes them: for an id, the decider, the id's stream and
 * a readable name (`<noun> <id>`, e.g. `hazard H-1`).
 */
export const aggregateKind =
  <C, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamIdOf: (id: string) => string,
    noun: string,
  ) =>
  (id: string) => ({ decider, streamId: streamIdOf(id), label: `${noun} ${id}` });

const MAX_ATTEMPTS = 4;

/** Load, decide, append with the loaded revision; on a conflict decide again, then 409. */
@Injectable()
export class AggregateExecutor {
  private readonly writeListeners: ((streamId: string) => void)[] = [];

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * Calls `listener` with each stream a command of this instance wrote, once it is stored (or
   * the append failed otherwise than by a conflict, so that it may have been stored).
   */
  onWrite(listener: (streamId: string) => void): void {
    this.writeListeners.push(listener);
  }

  private written(streamId: string): void {
    for (const listener of this.writeListeners) listener(streamId);
  }

  async load<S>(
    decider: Pick<Decider<unknown, DomainEvent, S>, 'initialState' | 'evolve'>,
    streamId: string,
    options: { recordedUntil?: string } = {},
  ): Promise<LoadedAggregate<S>> {
    return fold(decider, await this.store.readStream(streamId, options));
  }

  async execute<C, E extends DomainEvent, S>(
    options: ExecuteOptions<C, E, S>,
  ): Promise<ExecuteResult<S>> {
    // The first attempt decides on what the caller loaded, else on the stream as the request read
    // it to authorise it; a retry after a conflict reads the store.
    const read = options.context.reads?.take(options.streamId);
    let loaded = options.loaded ?? (read && fold<S>(options.decider as never, await read));
    for (let attempt = 1; ; attempt++) {
      const current = loaded ?? (await this.load<S>(options.decider as never, options.streamId));
      loaded = undefined;
      if (options.mode === 'create' && current.exists) return this.repeatedCreate(current, options);
      if (options.mode === 'update' && !current.exists)
        throw notFoundProblem(`No ${options.label}.`);

      const decided = this.decide(options.decider, current.state, await options.command(current));
      if (decided.length === 0) return { ...unchanged(current), replayed: false };
      try {
        const appended = await this.store.append(
          options.streamId,
          decided.map((event) => ({
            id: randomUUID(),
            type: event.type,
            schemaVersion: upcasters.currentVersion(event.type),
            data: event.data,
            metadata: {
              actorId: options.context.actor.id,
              actorRole: options.context.actor.role,
              requestId: options.context.requestId,
              causationId: options.context.causationId ?? null,
              ...(current.exists ? {} : { requestHash: options.context.requestHash }),
            },
          })),
          current.exists ? current.revision : 'no_stream',
        );
        this.written(options.streamId);
        const state = decided.reduce((s, event) => options.decider.evolve(s, event), current.state);
        const revision = current.revision + decided.length;
        return {
          state,
          revision,
          position: appended.position,
          events: appended.events,
          replayed: false,
        };
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) {
          // It may have been stored all the same (the store's answer was lost): said as written.
          this.written(options.streamId);
          throw error;
        }
        if (attempt >= MAX_ATTEMPTS) {
          throw conflictProblem(
            'concurrent_modification',
            `${options.label} was changed concurrently; retry.`,
          );
        }
      }
    }
  }

  /** Each command decided on the state the previous one's events left. */
  private decide<C, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    state: S,
    commands: C | readonly C[],
  ): E[] {
    const events: E[] = [];
    for (const command of Array.isArray(commands) ? (commands as readonly C[]) : [commands as C]) {
      const decided = decider.decide(command, state);
      state = decided.reduce((s, event) => decider.evolve(s, event), state);
      events.push(...decided);
    }
    return events;
  }

  private repeatedCreate<S>(
    current: LoadedAggregate<S>,
    options: { context: CommandContext; label: string },
  ) {
    const firstHash = current.events[0]?.metadata.requestHash;
    if (firstHash !== options.context.requestHash) {
      throw conflictProblem(
        'duplicate_id',
        `${options.label} already exists with different content.`,
      );
    }
    return { ...unchanged(current), replayed: true };
  }
}

const unchanged = <S>({ state, revision, position }: LoadedAggregate<S>) => ({
  state,
  revision,
  position,
  events: [] as RecordedEvent[],
});

function fold<S>(
  decider: Pick<Decider<unknown, DomainEvent, S>, 'initialState' | 'evolve'>,
  events: RecordedEvent[],
): LoadedAggregate<S> {
  const state = events.reduce(
    (current, event) => decider.evolve(current, { type: event.type, data: event.data }),
    decider.initialState(),
  );
  const last = events[events.length - 1];
  return {
    state,
    exists: events.length > 0,
    revision: last ? last.revision : -1,
    position: last ? last.position : 0,
    events,
  };
}
