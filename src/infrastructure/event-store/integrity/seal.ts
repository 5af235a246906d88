import type { EventMetadata, NewEvent } from '../event-store.port';
import { computeEventHash } from './event-hash';

/** An event ready to be written: metadata completed and chained to the stream's previous hash. */
export interface SealedEvent {
  id: string;
  streamId: string;
  revision: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
}

/** Completes metadata and links each event to the previous one's hash, starting at `prevHash`. */
export function sealEvents(
  streamId: string,
  events: readonly NewEvent[],
  firstRevision: number,
  prevHash: string,
  recordedAt: string,
): SealedEvent[] {
  let previous = prevHash;
  return events.map((event, index) => {
    const metadata = {
      ...event.metadata,
      causationId: event.metadata.causationId ?? null,
      recordedAt,
      prevHash: previous,
    };
    const unsealed = {
      id: event.id,
      streamId,
      revision: firstRevision + index,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      data: event.data,
      metadata: { ...metadata, hash: '' },
    };
    const hash = computeEventHash(unsealed);
    previous = hash;
    return { ...unsealed, metadata: { ...metadata, hash } };
  });
}
