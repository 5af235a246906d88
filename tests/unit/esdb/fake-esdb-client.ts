import {
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  BACKWARDS,
  END,
  type EventData,
  type EventStoreDBClient,
  NO_STREAM,
  type Position,
  type ReadPosition,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';

interface Stored {
  streamId: string;
  revision: bigint;
  id: string;
  type: string;
  data: unknown;
  metadata: unknown;
  position: Position;
}

type Read = AsyncIterable<AllStreamResolvedEvent> & { cancel(): Promise<void> };

/**
 * An in-memory stand-in for the parts of EventStoreDBClient the adapter calls (appendToStream,
 * readStream, readAll, dispose), with ESDB's shapes: positions are byte offsets (gaps between
 * events), reads are async iterables with cancel(), a missing stream is a StreamNotFoundError.
 * `failNext` makes the next calls of a method throw the given client errors.
 */
export class FakeEsdbClient {
  readonly log: Stored[] = [];
  readonly calls: string[] = [];
  private readonly failures = new Map<string, unknown[]>();
  private nextPosition = 1000n;

  failNext(method: 'appendToStream' | 'readStream' | 'readAll', ...errors: unknown[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...errors]);
  }

  asClient(): EventStoreDBClient {
    return this as unknown as EventStoreDBClient;
  }

  appendToStream(
    streamId: string,
    events: EventData[],
    options: { expectedRevision: AppendExpectedRevision },
  ): Promise<unknown> {
    const failure = this.takeFailure('appendToStream');
    if (failure) return Promise.reject(failure);
    const stream = this.stream(streamId);
    const current = stream.length > 0 ? stream[stream.length - 1].revision : NO_STREAM;
    if (options.expectedRevision !== current) {
      return Promise.reject(
        new WrongExpectedVersionError(undefined, {
          streamName: streamId,
          expected: options.expectedRevision,
          current,
        }),
      );
    }
    let revision = current === NO_STREAM ? 0n : current + 1n;
    for (const event of events) {
      const position = this.nextPosition;
      this.nextPosition += 1000n + BigInt(JSON.stringify(event.data).length);
      this.log.push({
        streamId,
        revision: revision++,
        id: event.id,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        position: { commit: position, prepare: position },
      });
    }
    return Promise.resolve({ success: true });
  }

  readStream(
    streamId: string,
    options: {
      fromRevision?: bigint | typeof START | typeof END;
      direction?: string;
      maxCount?: bigint;
    },
  ): Read {
    const failure = this.takeFailure('readStream');
    const stream = this.stream(streamId);
    const backwards = options.direction === BACKWARDS;
    const from = options.fromRevision ?? (backwards ? END : START);
    const max = Number(options.maxCount ?? BigInt(Number.MAX_SAFE_INTEGER));
    const selected = backwards
      ? stream.filter((e) => from === END || from === START || e.revision <= from).reverse()
      : stream.filter((e) => from === START || from === END || e.revision >= from);
    return this.read(() => {
      if (failure) throw failure;
      if (stream.length === 0) throw new StreamNotFoundError(undefined, streamId);
      return selected.slice(0, max);
    });
  }

  readAll(options: { fromPosition?: ReadPosition; direction?: string; maxCount?: number }): Read {
    const failure = this.takeFailure('readAll');
    const backwards = options.direction === BACKWARDS;
    const from = options.fromPosition ?? (backwards ? END : START);
    const at = (e: Stored) => e.position.commit;
    const selected = backwards
      ? this.log.filter((e) => from === END || (from !== START && at(e) < from.commit)).reverse()
      : this.log.filter((e) => from === START || (from !== END && at(e) >= from.commit));
    return this.read(() => {
      if (failure) throw failure;
      return selected.slice(0, options.maxCount ?? Number.MAX_SAFE_INTEGER);
    });
  }

  dispose(): Promise<void> {
    return Promise.resolve();
  }

  private stream(streamId: string): Stored[] {
    return this.log.filter((e) => e.streamId === streamId);
  }

  private takeFailure(method: string): unknown {
    this.calls.push(method);
    return this.failures.get(method)?.shift();
  }

  private read(events: () => Stored[]): Read {
    return {
      async *[Symbol.asyncIterator]() {
        await Promise.resolve();
        for (const e of events()) {
          yield {
            event: {
              streamId: e.streamId,
              id: e.id,
              revision: e.revision,
              type: e.type,
              data: e.data,
              metadata: e.metadata,
              isJson: true,
              created: new Date(),
              position: e.position,
            },
          } as unknown as AllStreamResolvedEvent;
        }
      },
      cancel: () => Promise.resolve(),
    };
  }
}
