/**
 * Which unit a stream concerns: what scoped users see of the audit trail and of single records.
 * Streams of other categories (schemes, years, tokens, idempotency keys, anchors) concern no unit.
 */

/** The field of a stream's first event that names the unit it concerns, by stream category. */
const UNIT_FIELD: Readonly<Record<string, string>> = {
  agreement: 'responsibleUnitId',
  hazard: 'unitId',
  incident: 'unitId',
  inspection: 'inspectedUnitId',
  report: 'subjectUnitId',
  penalty: 'enterpriseId',
  accountability: 'targetUnitId',
  patrol: 'leadUnitId',
  problem: 'targetUnitId',
  supervisionorder: 'targetUnitId',
  user: 'scopeUnitId',
};

const split = (streamId: string): { category: string; id: string } => {
  const dash = streamId.indexOf('-');
  return { category: streamId.slice(0, dash), id: streamId.slice(dash + 1) };
};

/**
 * The unit the stream id names by itself (`unit-U`, `blacklist-E`, `assessment-2025-U`); null for
 * a stream that concerns no unit; undefined when its first event tells (see unitOfFirstEvent).
 */
export function unitNamedByStreamId(streamId: string): string | null | undefined {
  const { category, id } = split(streamId);
  if (category === 'unit' || category === 'blacklist') return id;
  if (category === 'assessment') return id.replace(/^\d{4}-/, '');
  return category in UNIT_FIELD ? undefined : null;
}

/** A field of event data read as stored (whatever the event's type), undefined when absent. */
const fieldOf = (data: unknown, field: string): unknown =>
  typeof data === 'object' && data !== null && Object.hasOwn(data, field)
    ? Object.entries(data).find(([key]) => key === field)?.[1]
    : undefined;

/** The unit a stream's first event names (null when it names none). */
export function unitOfFirstEvent(streamId: string, data: unknown): string | null {
  const field = UNIT_FIELD[split(streamId).category];
  const unitId = field ? fieldOf(data, field) : undefined;
  return typeof unitId === 'string' ? unitId : null;
}

/** The unit a field of a stream's first event names (null when it names none). */
export function unitInField(data: unknown, field: string): string | null {
  const unitId = fieldOf(data, field);
  return typeof unitId === 'string' ? unitId : null;
}

/** The unit an event moves its stream to (an incident's unit corrected); undefined otherwise. */
export function unitMovedTo(event: { type: string; data: unknown }): string | undefined {
  if (event.type !== 'IncidentDetailsCorrected') return undefined;
  const to = fieldOf(event.data, 'to');
  return fieldOf(event.data, 'field') === 'unitId' && typeof to === 'string' ? to : undefined;
}

/** Only these streams can move to another unit. */
export const canMove = (streamId: string): boolean => split(streamId).category === 'incident';
