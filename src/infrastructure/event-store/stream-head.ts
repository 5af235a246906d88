import {
  type AppendResult,
  ConcurrencyError,
  type ExpectedRevision,
  type NewEvent,
} from './event-store.port';
import { GENESIS_HASH } from './integrity/event-hash';
import { type SealedEvent, sealEvents } from './integrity/seal';

/** The last event of a stream, as an append reads it. */
export interface StreamHead {
  revision: number;
  position: number;
  hash: string;
}

/**
 * The events of an append to the stream whose last event is `head` (none: no stream), sealed
 * onto its chain: a ConcurrencyError unless the caller's expected revision holds.
 */
export function sealOntoHead(
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  head: StreamHead | undefined,
  recordedAt: string,
): SealedEvent[] {
  const actual = head ? head.revision : ('no_stream' as const);
  if (!revisionMatches(expected, actual)) throw new ConcurrencyError(streamId, expected, actual);
  return sealEvents(
    streamId,
    events,
    (head?.revision ?? -1) + 1,
    head?.hash ?? GENESIS_HASH,
    recordedAt,
  );
}

/** The answer to an append of no events: the stream as it stands. */
export const unchangedStream = (head: StreamHead | undefined): AppendResult => ({
  nextExpectedRevision: head?.revision ?? -1,
  position: head?.position ?? 0,
  events: [],
});

function revisionMatches(expected: ExpectedRevision, actual: number | 'no_stream'): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === 'no_stream';
  if (expected === 'stream_exists') return actual !== 'no_stream';
  return expected === actual;
}
