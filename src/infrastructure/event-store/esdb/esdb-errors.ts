import {
  CancelledError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
} from '@eventstore/db-client';
import { EventsTooLargeError, StoreUnavailableError } from '../event-store.port';

export interface RetryPolicy {
  /** Calls in all, the first included. */
  attempts: number;
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, initialMs: 100, maxMs: 2000 };

/**
 * Errors after which the same call may succeed: on failover the client closes its channel and
 * only the next call goes to the new leader (Client.shouldReconnect: NotLeaderError,
 * UnavailableError, CancelledError); a deadline or server timeout (gRPC ABORTED → TimeoutError)
 * leaves an append's outcome unknown, which the adapter's re-append by event id settles.
 */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof NotLeaderError ||
    error instanceof UnavailableError ||
    error instanceof CancelledError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError
  );
}

/**
 * Cluster discovery (`esdb+discover://`, several hosts) gave up: a plain Error thrown by the
 * client's discoverEndpoint after its own attempts (maxDiscoverAttempts), so not retried again.
 */
function isDiscoveryFailure(error: unknown): boolean {
  return error instanceof Error && /^Failed to discover after \d+ attempts/.test(error.message);
}

/** Port error ← client error, for errors the port names; others unchanged. */
export function toPortError(error: unknown, streamId?: string): unknown {
  if (error instanceof MaxAppendSizeExceededError) {
    return new EventsTooLargeError(streamId ?? '?', error.maxAppendSize);
  }
  if (isTransient(error) || isDiscoveryFailure(error)) {
    return new StoreUnavailableError(
      `EventStoreDB unavailable: ${error instanceof Error ? error.message : String(error)}`,
      error,
    );
  }
  return error;
}

/**
 * Runs `operation`, again after transient errors (with doubling delays, up to `attempts` calls);
 * then, or on any other error, throws the port error for it.
 */
export async function withRetries<T>(
  operation: () => Promise<T>,
  policy: RetryPolicy,
  context: { streamId?: string; sleep?: (ms: number) => Promise<void> } = {},
): Promise<T> {
  const sleep = context.sleep ?? delay;
  let wait = policy.initialMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!isTransient(error) || attempt >= policy.attempts) {
        throw toPortError(error, context.streamId);
      }
    }
    await sleep(wait);
    wait = Math.min(wait * 2, policy.maxMs);
  }
}

/**
 * `work`, or a StoreUnavailableError once `ms` have passed (`cancel` is then called). The client
 * ignores a call's own `deadline` option on reads: readAll/readStream pass `deadline: Infinity`
 * as call options, which Client.callArguments keeps over the option.
 */
export function withinDeadline<T>(work: Promise<T>, ms: number, cancel: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      cancel();
      reject(new StoreUnavailableError(`EventStoreDB did not answer within ${ms} ms`));
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
