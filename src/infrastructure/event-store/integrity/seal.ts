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
    const sealed: SealedEvent = {
      id: event.id,
      streamId,
      revision: firstRevision + index,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      data: event.data,
      // Object.assign, not a spread: V8 clones slowly when a spread adds members the source lacks.
      metadata: Object.assign({}, event.metadata, {
        causationId: event.metadata.causationId ?? null,
        recordedAt,
        prevHash: previous,
        hash: '',
      }),
    };
    previous = sealed.metadata.hash = computeEventHash(sealed);
    return sealed;
  });
}
