import { hash } from 'node:crypto';
import type { EventMetadata, RecordedEvent } from '../event-store.port';
import { canonicalJson, canonicalObjectJson } from './canonical-json';

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

/**
 * SHA-256 of the canonical JSON of `{ streamId, revision, id, type, schemaVersion, data, metadata }`
 * (metadata without its `hash`), written member by member in sorted key order.
 */
export function computeEventHash(event: HashableEvent): string {
  let json = '{';
  const member = (key: string, value: unknown, valueJson = canonicalJson) => {
    if (value === undefined) return;
    if (json.length > 1) json += ',';
    json += `"${key}":${valueJson(value)}`;
  };
  member('data', event.data);
  member('id', event.id);
  member('metadata', event.metadata, (metadata) =>
    canonicalObjectJson(metadata as Record<string, unknown>, 'hash'),
  );
  member('revision', event.revision);
  member('schemaVersion', event.schemaVersion);
  member('streamId', event.streamId);
  member('type', event.type);
  return hash('sha256', `${json}}`, 'hex');
}

/** True when the event's stored hash matches its content and links to `expectedPrevHash`. */
export function eventHashIsValid(event: RecordedEvent, expectedPrevHash: string): boolean {
  return (
    event.metadata.prevHash === expectedPrevHash && computeEventHash(event) === event.metadata.hash
  );
}
