import { Metadata, status } from '@grpc/grpc-js';
import {
  convertToCommandError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamDeletedError,
  UnavailableError,
} from '@eventstore/db-client';
import {
  isTransient,
  toPortError,
  withinDeadline,
  withRetries,
} from '../../../src/infrastructure/event-store/esdb/esdb-errors';
import {
  EventsTooLargeError,
  StoreUnavailableError,
} from '../../../src/infrastructure/event-store/event-store.port';

/** A gRPC service error as the server sends it; the client turns it into its own error class. */
function serviceError(code: number, exception?: string, extra: Record<string, string> = {}) {
  const metadata = new Metadata();
  if (exception) metadata.set('exception', exception);
  for (const [key, value] of Object.entries(extra)) metadata.set(key, value);
  const error = Object.assign(new Error('from server'), { code, details: 'from server', metadata });
  return convertToCommandError(error);
}

describe('EventStoreDB client errors, as the port sees them', () => {
  it('counts failover and unavailability as transient', () => {
    const notLeader = serviceError(status.NOT_FOUND, 'not-leader', {
      'leader-endpoint-host': 'node2',
      'leader-endpoint-port': '2113',
    });
    expect(notLeader).toBeInstanceOf(NotLeaderError);
    expect(isTransient(notLeader)).toBe(true);
    expect(isTransient(serviceError(status.UNAVAILABLE))).toBe(true);
    expect(isTransient(serviceError(status.DEADLINE_EXCEEDED))).toBe(true);
    expect(isTransient(serviceError(status.ABORTED))).toBe(true);
    expect(isTransient(new StreamDeletedError(undefined, 's'))).toBe(false);
    expect(isTransient(new Error('boom'))).toBe(false);
  });

  it('translates the maximum append size and unavailability into port errors', () => {
    const tooLarge = serviceError(status.INVALID_ARGUMENT, 'maximum-append-size-exceeded', {
      'maximum-append-size': '1048576',
    });
    expect(tooLarge).toBeInstanceOf(MaxAppendSizeExceededError);
    expect(toPortError(tooLarge, 'unit-1')).toEqual(new EventsTooLargeError('unit-1', 1048576));
    expect(toPortError(serviceError(status.UNAVAILABLE))).toBeInstanceOf(StoreUnavailableError);
    expect(toPortError(new Error('Failed to discover after 10 attempts.'))).toBeInstanceOf(
      StoreUnavailableError,
    );
    const other = new Error('boom');
    expect(toPortError(other)).toBe(other);
  });

  it('retries transient errors with doubling, bounded delays, then gives up', async () => {
    const waits: number[] = [];
    const sleep = (ms: number) => Promise.resolve(void waits.push(ms));
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new UnavailableError(undefined, 'down'));
    };
    await expect(
      withRetries(failing, { attempts: 5, initialMs: 100, maxMs: 300 }, { sleep }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(calls).toBe(5);
    expect(waits).toEqual([100, 200, 300, 300]);

    let flaky = 0;
    const recovers = () =>
      ++flaky < 3 ? Promise.reject(new UnavailableError(undefined, 'down')) : Promise.resolve('ok');
    await expect(
      withRetries(recovers, { attempts: 5, initialMs: 1, maxMs: 1 }, { sleep }),
    ).resolves.toBe('ok');
  });

  it('answers within the deadline and cancels the work it gave up on', async () => {
    let cancelled = false;
    const never = new Promise<number>(() => undefined);
    await expect(withinDeadline(never, 20, () => (cancelled = true))).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(cancelled).toBe(true);
    await expect(withinDeadline(Promise.resolve(7), 20, () => undefined)).resolves.toBe(7);
  });
});
