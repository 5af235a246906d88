import {
  EVENT_STORE,
  type EventStore,
  type ReadStreamOptions,
  type RecordedEvent,
} from '../../../src/infrastructure/event-store/event-store.port';
import type { TestApp } from '../harness';

export interface CountedReads {
  /** The streams read since the last `reset`, in order. */
  readonly streams: string[];
  /** How many reads of streams whose id starts with `prefix` (exactly `streamId` with `$`). */
  of(prefix: string): number;
  reset(): void;
  /** The next read of `streamId` waits for `gate` once it has read; resolves when it has read. */
  holdNext(streamId: string, gate: Promise<void>): Promise<void>;
  restore(): void;
}

/**
 * Counts the stream reads of the application's real event store: `readStream` of that store is
 * wrapped (it still reads the store) until `restore`.
 */
export function countStreamReads(t: TestApp): CountedReads {
  const store = t.app.get<EventStore>(EVENT_STORE);
  const read = store.readStream.bind(store);
  const streams: string[] = [];
  const held = new Map<string, { gate: Promise<void>; read: () => void }>();
  store.readStream = async (streamId: string, options?: ReadStreamOptions) => {
    streams.push(streamId);
    const events: RecordedEvent[] = await read(streamId, options);
    const hold = held.get(streamId);
    if (hold) {
      held.delete(streamId);
      hold.read();
      await hold.gate;
    }
    return events;
  };
  return {
    streams,
    of: (prefix) =>
      streams.filter((id) =>
        prefix.endsWith('$') ? id === prefix.slice(0, -1) : id.startsWith(prefix),
      ).length,
    reset: () => {
      streams.length = 0;
    },
    holdNext: (streamId, gate) =>
      new Promise<void>((read) => {
        held.set(streamId, { gate, read });
      }),
    restore: () => {
      delete (store as Partial<Pick<EventStore, 'readStream'>>).readStream;
    },
  };
}
