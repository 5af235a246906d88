import { createHash } from 'node:crypto';
import type { EventMetadata, RecordedEvent } from '../event-store.port';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

/** What an event's hash covers: everything stored about it except its global position and the hash itself. */
export interface HashableEvent {
  streamId: string;
  revision: number;
  id: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: Omit<EventMetadata, 'hash'>;
}

export function computeEventHash(event: HashableEvent): string {
  const { hash: _ignored, ...metadata } = event.metadata as EventMetadata;
  const covered = {
    streamId: event.streamId,
    revision: event.revision,
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata,
  };
  return createHash('sha256').update(canonicalJson(covered)).digest('hex');
}

/** True when the event's stored hash matches its content and links to `expectedPrevHash`. */
export function eventHashIsValid(event: RecordedEvent, expectedPrevHash: string): boolean {
  return (
    event.metadata.prevHash === expectedPrevHash && computeEventHash(event) === event.metadata.hash
  );
}
