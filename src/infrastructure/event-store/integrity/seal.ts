import type { EventMetadata, NewEvent } from '../event-store.port';
import { canonicalParts, computeEventHash } from './event-hash';

/** An event ready to be written: metadata completed and chained to the stream's previous hash. */
export interface SealedEvent {
  id: string;
  streamId: string;
  revision: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
  /** The data and metadata as JSON to store: the canonical text the hash covers, plus the hash. */
  json: { data: string; metadata: string };
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
    const sealed: Omit<SealedEvent, 'json'> = {
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
    const parts = canonicalParts(sealed);
    const hash = computeEventHash(sealed, parts);
    sealed.metadata.hash = previous = hash;
    const members = parts.metadata === '{}' ? '{' : `${parts.metadata.slice(0, -1)},`;
    return Object.assign(sealed, {
      json: {
        data: parts.data ?? JSON.stringify(null),
        metadata: `${members}"hash":"${hash}"}`,
      },
    });
  });
}
