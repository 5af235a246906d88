import {
  ANY,
  type AppendExpectedRevision,
  type CurrentRevision,
  type EventData,
  jsonEvent,
  type JSONType,
  NO_STREAM,
  type Position,
  type RecordedEvent as EsdbRecordedEvent,
  STREAM_EXISTS,
} from '@eventstore/db-client';
import type { EventMetadata, ExpectedRevision, RecordedEvent } from '../event-store.port';
import type { SealedEvent } from '../integrity/seal';

/**
 * Key under which the adapter keeps the event's schema version in the ESDB event metadata, next
 * to the port metadata (actorId, …, prevHash, hash). Stream id and revision are not copied: ESDB
 * records them itself.
 */
export const SCHEMA_VERSION_KEY = 'schemaVersion';

/** ESDB answers `2^64 - 1` for a position it does not know (stream reads before server 22.6). */
const UNKNOWN_POSITION = (1n << 64n) - 1n;

/**
 * Port position ← ESDB position.
 *
 * The port needs one strictly increasing integer per event across `$all`. ESDB gives each event a
 * `{ commit, prepare }` pair; the question is whether the events of one multi-event append share
 * a commit position. They do not (ESDB/KurrentDB 20+, gRPC appends):
 * - StorageWriterService writes every event of an append as its own prepare record flagged
 *   `IsCommitted` (TransactionBegin on the first, TransactionEnd on the last); no separate commit
 *   record is written.
 * - AllReader turns such a "committed prepare" into `CommitEventRecord(event, prepare.LogPosition)`,
 *   i.e. commit position = prepare position = the event's own log position, distinct per event
 *   and increasing in log order. Only events of explicit TCP transactions (a separate Commit
 *   record; not possible over gRPC, the TCP API is gone in 24.10) share the commit record's
 *   position, with distinct prepare positions.
 * - Observed in kurrent-io/KurrentDB-Client-Dotnet#20: a 4096-event append read back from `$all`
 *   shows `C:2554/P:2554`, `C:2650/P:2650`, … (the prepare position being the transaction's was
 *   the bug fixed by KurrentDB#2522).
 * So `commit` is a per-event, strictly increasing integer and is used as the port position.
 * Log positions are byte offsets: Number() is exact up to 2^53 bytes (8 PiB) of log.
 * Going back (`fromPosition`), a port position p maps to `{ commit: p, prepare: p }`, which is
 * the exact ESDB position of the event at p (see toEsdbPosition).
 */
export function positionToNumber(position: Position | undefined, what: string): number {
  if (!position || position.commit === UNKNOWN_POSITION) {
    throw new Error(
      `EventStoreDB returned no $all position for ${what}; the ESDB adapter needs server 22.6 or later`,
    );
  }
  if (position.commit > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(`EventStoreDB position ${position.commit} of ${what} exceeds 2^53`);
  }
  return Number(position.commit);
}

/**
 * ESDB position ← port position. Exact for positions the store handed out (commit = prepare for
 * every event written over gRPC). Any other integer may point into the middle of a log record,
 * which the server refuses as an invalid position; readers handle that (see EsdbEventStore).
 */
export function toEsdbPosition(position: number): Position {
  const value = BigInt(Math.trunc(position));
  return { commit: value, prepare: value };
}

/** ESDB expected revision ← port expected revision. Port revisions are ESDB stream revisions. */
export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'stream_exists') return STREAM_EXISTS;
  return BigInt(expected);
}

/** Port actual revision ← ESDB current revision (from a WrongExpectedVersionError). */
export function fromEsdbCurrentRevision(actual: CurrentRevision | undefined): number | 'no_stream' {
  if (actual === undefined || actual === NO_STREAM || actual < 0n) return 'no_stream';
  return Number(actual);
}

/** `$`-prefixed event types and streams belong to the server (system events, metadata, links). */
export function isSystemEvent(event: Pick<EsdbRecordedEvent, 'type' | 'streamId'>): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

/** The ESDB event to write for a sealed event. */
export function toEventData(event: SealedEvent): EventData {
  if (Object.prototype.hasOwnProperty.call(event.metadata, SCHEMA_VERSION_KEY)) {
    throw new TypeError(
      `Event ${event.id}: metadata key '${SCHEMA_VERSION_KEY}' is reserved by the EventStoreDB adapter`,
    );
  }
  return jsonEvent({
    id: event.id,
    type: event.type,
    // The client JSON.stringifies data, so any JSON value is fine despite the narrower type.
    data: event.data as JSONType,
    metadata: { ...event.metadata, [SCHEMA_VERSION_KEY]: event.schemaVersion },
  });
}

/** Port event ← ESDB event, exactly as stored (no upcasting). */
export function fromEsdbEvent(event: EsdbRecordedEvent): RecordedEvent {
  const stored = isPlainObject(event.metadata) ? event.metadata : {};
  const { [SCHEMA_VERSION_KEY]: schemaVersion, ...metadata } = stored;
  return {
    id: event.id,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: positionToNumber(event.position, `event ${event.id} in ${event.streamId}`),
    type: event.type,
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    data: event.data,
    metadata: metadata as unknown as EventMetadata,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array)
  );
}
