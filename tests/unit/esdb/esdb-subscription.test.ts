import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  START,
} from '@eventstore/db-client';
import { PassThrough } from 'node:stream';
import { EsdbSubscription } from '../../../src/infrastructure/event-store/esdb/esdb-subscription';
import type { RecordedEvent } from '../../../src/infrastructure/event-store/event-store.port';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** What subscribeToAll hands out, as far as the subscription uses it: a readable object stream. */
function serverSubscription(): AllStreamSubscription & PassThrough {
  const stream = new PassThrough({ objectMode: true }) as PassThrough & {
    unsubscribe(): Promise<void>;
  };
  stream.unsubscribe = () => Promise.resolve(void stream.destroy());
  return stream as unknown as AllStreamSubscription & PassThrough;
}

const resolved = (position: number) =>
  ({
    event: {
      id: `e${position}`,
      position: { commit: BigInt(position), prepare: BigInt(position) },
    },
  }) as unknown as AllStreamResolvedEvent;

describe('EsdbSubscription when converting an event throws (an upcaster fails)', () => {
  it('stops and calls onError once, without resubscribing', async () => {
    const opened: AllStreamSubscription[] = [];
    const failure = new Error('upcaster IncidentGraded v1 failed');
    const delivered: RecordedEvent[][] = [];
    const errors: unknown[] = [];
    const stopped = new Promise<void>((resolve) => {
      const subscription = new EsdbSubscription({
        fromPosition: 0,
        handler: async (events) => void delivered.push(events),
        batchSize: 10,
        onError: (error) => {
          errors.push(error);
          resolve();
        },
        open: () => {
          const server = serverSubscription();
          opened.push(server);
          setImmediate(() => server.write(resolved(1000)));
          return server;
        },
        resolveStart: () => Promise.resolve(START),
        convert: () => {
          throw failure;
        },
        latestPosition: () => Promise.resolve(1000),
        isFatal: () => false,
        logger: quiet,
        backoff: { initialMs: 1, maxMs: 1 },
        stallCheckMs: 0,
        onClosed: () => undefined,
      });
      subscription.start();
    });
    await Promise.race([
      stopped,
      new Promise((_, reject) => setTimeout(() => reject(new Error('onError never called')), 1000)),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors).toEqual([failure]);
    expect(opened).toHaveLength(1);
    expect(delivered).toEqual([]);
  });
});
