import type { ProjectedEvent, Projection, ProjectionStore } from './projection';
import { canMove, unitMovedTo, unitNamedByStreamId, unitOfFirstEvent } from './shared/stream-units';

export const AUDIT_EVENTS = 'events';
/** The unit each stream concerns, for the events after its first. */
export const STREAM_UNITS = 'stream_units';

/** One recorded event, as the audit trail lists it: who recorded what, where and when. */
export interface AuditEventDoc {
  /** auditKey(position). */
  _id: string;
  eventId: string;
  streamId: string;
  revision: number;
  type: string;
  actorId: string;
  actorRole: string;
  recordedAt: string;
  position: number;
  /**
   * The unit the event's stream concerns (as of the stream's latest event: an incident moved to
   * another unit takes its earlier events along), or null: what a scoped user may see.
   */
  unitId: string | null;
}

export interface StreamUnitDoc {
  /** The stream id. */
  _id: string;
  unitId: string | null;
  /** A stream that can move to another unit keeps its events' documents, to rewrite them then. */
  events?: AuditEventDoc[];
}

/**
 * The key of an event's document: its position, zero-padded so that keys sort as positions do.
 * Event ids are random; keys in log order put each new document at the end of the collection's
 * key index instead of on a random page of it, which a rebuild of a million events feels.
 */
export const auditKey = (position: number): string => String(position).padStart(16, '0');

/**
 * "Handles" every event type. The runner skips events whose type is not in `handles`, and the
 * audit trail must list every event, including types added after this projection was written
 * (and the integrity anchors); a fixed list would silently leave new types out. So `has()`
 * answers true for any type. (Iterating it yields nothing: nothing enumerates `handles`.)
 */
class EveryEventType extends Set<string> {
  override has(_type: string): boolean {
    return true;
  }
}

/**
 * The event's document, with the unit of its stream after the event; records what later events of
 * the stream need (a stream whose id names its unit needs nothing). A move to another unit
 * rewrites the stream's earlier documents.
 */
async function documentOf(event: ProjectedEvent, store: ProjectionStore): Promise<AuditEventDoc> {
  const doc: AuditEventDoc = {
    _id: auditKey(event.position),
    eventId: event.eventId,
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    actorId: event.actorId,
    actorRole: event.actorRole,
    recordedAt: event.recordedAt,
    position: event.position,
    unitId: null,
  };
  const named = unitNamedByStreamId(event.streamId);
  if (named !== undefined) return { ...doc, unitId: named };
  const stream: StreamUnitDoc =
    event.revision === 0
      ? { _id: event.streamId, unitId: unitOfFirstEvent(event.streamId, event.data) }
      : ((await store.get<StreamUnitDoc>(STREAM_UNITS, event.streamId)) ?? {
          _id: event.streamId,
          unitId: null,
        });
  const movedTo = unitMovedTo(event);
  const moved = movedTo !== undefined && movedTo !== stream.unitId;
  if (moved) stream.unitId = movedTo;
  const current = { ...doc, unitId: stream.unitId };
  if (canMove(event.streamId)) {
    const earlier = (stream.events ?? []).filter((e) => e._id !== current._id);
    const rewritten = moved ? earlier.map((e) => ({ ...e, unitId: stream.unitId })) : earlier;
    if (moved) rewritten.forEach((e) => store.put<AuditEventDoc>(AUDIT_EVENTS, e));
    store.put<StreamUnitDoc>(STREAM_UNITS, { ...stream, events: [...rewritten, current] });
  } else if (event.revision === 0) {
    store.put<StreamUnitDoc>(STREAM_UNITS, stream);
  }
  return current;
}

/** The audit trail: an index of every event by position, actor, type, time, stream and unit. */
export const auditProjection: Projection = {
  name: 'audit',
  version: 3,
  collections: {
    [AUDIT_EVENTS]: {
      indexes: [
        ['actorId', 'position'],
        ['type', 'position'],
        ['unitId', 'position'],
        ['recordedAt'],
        ['streamId'],
      ],
      sorts: [['position', -1]],
    },
    [STREAM_UNITS]: { indexes: [] },
  },
  handles: new EveryEventType(),
  async apply(event, store) {
    store.put<AuditEventDoc>(AUDIT_EVENTS, await documentOf(event, store));
  },
};
