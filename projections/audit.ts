import type { Projection } from './projection';

export const AUDIT_EVENTS = 'events';

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

/** The audit trail: an index of every event by position, actor, type, time and stream. */
export const auditProjection: Projection = {
  name: 'audit',
  version: 2,
  collections: {
    [AUDIT_EVENTS]: {
      indexes: [
        ['position'],
        ['actorId', 'position'],
        ['type', 'position'],
        ['recordedAt'],
        ['streamId'],
      ],
      sorts: [['position', -1]],
    },
  },
  handles: new EveryEventType(),
  apply(event, store) {
    store.put<AuditEventDoc>(AUDIT_EVENTS, {
      _id: auditKey(event.position),
      eventId: event.eventId,
      streamId: event.streamId,
      revision: event.revision,
      type: event.type,
      actorId: event.actorId,
      actorRole: event.actorRole,
      recordedAt: event.recordedAt,
      position: event.position,
    });
    return Promise.resolve();
  },
};
