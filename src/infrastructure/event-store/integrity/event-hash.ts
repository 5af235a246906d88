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

/** The canonical JSON of an event's data and of its metadata without `hash`, as its hash covers them. */
export interface CanonicalParts {
  /** Undefined when the event has no data. */
  data: string | undefined;
  metadata: string;
}

export function canonicalParts(event: HashableEvent): CanonicalParts {
  return {
    data: event.data === undefined ? undefined : canonicalJson(event.data),
    metadata: canonicalObjectJson(event.metadata as Record<string, unknown>, 'hash'),
  };
}

/**
 * SHA-256 of the canonical JSON of `{ streamId, revision, id, type, schemaVersion, data, metadata }`
 * (metadata without its `hash`), written member by member in sorted key order.
 */
export function computeEventHash(
  event: HashableEvent,
  parts: CanonicalParts = canonicalParts(event),
): string {
  let json = '{';
  const member = (key: string, valueJson: string | undefined) => {
    if (valueJson === undefined) return;
    if (json.length > 1) json += ',';
    json += `"${key}":${valueJson}`;
  };
  const scalar = (value: unknown) => (value === undefined ? undefined : canonicalJson(value));
  member('data', parts.data);
  member('id', scalar(event.id));
  member('metadata', parts.metadata);
  member('revision', scalar(event.revision));
  member('schemaVersion', scalar(event.schemaVersion));
  member('streamId', scalar(event.streamId));
  member('type', scalar(event.type));
  return hash('sha256', `${json}}`, 'hex');
}

/** True when the event's stored hash matches its content and links to `expectedPrevHash`. */
export function eventHashIsValid(event: RecordedEvent, expectedPrevHash: string): boolean {
  return (
    event.metadata.prevHash === expectedPrevHash && computeEventHash(event) === event.metadata.hash
  );
}
