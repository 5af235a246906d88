import { labelOf } from '../../../domain/shared/labels';
import type { RecordedEvent } from '../../../infrastructure/event-store/event-store.port';

/**
 * An event with its full envelope (each item of `GET /audit/events` and of a stream's `events`);
 * who and when are repeated at the top for convenience.
 */
export interface EventEnvelope extends RecordedEvent {
  actorId: string;
  actorRole: string;
  /** The actor's role, in Chinese. */
  actorRoleLabel: string;
  recordedAt: string;
}

export const toEnvelope = (event: RecordedEvent): EventEnvelope => ({
  id: event.id,
  streamId: event.streamId,
  revision: event.revision,
  position: event.position,
  type: event.type,
  schemaVersion: event.schemaVersion,
  data: event.data,
  metadata: event.metadata,
  actorId: event.metadata.actorId,
  actorRole: event.metadata.actorRole,
  actorRoleLabel: labelOf('role', event.metadata.actorRole),
  recordedAt: event.metadata.recordedAt,
});
