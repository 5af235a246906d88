import type { RecordedEvent } from '../../../infrastructure/event-store/event-store.port';

/** An event with its full envelope; who and when are repeated at the top for convenience. */
export interface EventEnvelope extends RecordedEvent {
  actorId: string;
  actorRole: string;
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
  recordedAt: event.metadata.recordedAt,
});
