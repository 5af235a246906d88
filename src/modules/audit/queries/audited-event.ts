import type { AuditEventDoc } from '../../../../projections/audit';
import type {
  EventStore,
  RecordedEvent,
} from '../../../infrastructure/event-store/event-store.port';

/** The event an audit document stands for: at its stream revision (one read), else found in its stream. */
export async function auditedEvent(
  events: EventStore,
  doc: AuditEventDoc,
): Promise<RecordedEvent | undefined> {
  const [atRevision] = await events.readStream(doc.streamId, {
    fromRevision: doc.revision,
    limit: 1,
  });
  if (atRevision?.id === doc.eventId) return atRevision;
  const stream = await events.readStream(doc.streamId, { fromRevision: doc.revision });
  return stream.find((event) => event.id === doc.eventId);
}
