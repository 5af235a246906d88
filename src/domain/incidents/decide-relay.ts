import { stateConflict } from '../shared/errors';
import type { RecordRelay } from './commands';
import type { IncidentEvent } from './events';
import { requirePastTimeFrom, requireReported, requireText } from './guards';
import { findingEstablished } from './lateness';
import { isLateRelay, lateRelayFinding } from './relay';
import type { IncidentState } from './state';

/** One relay per government level; more than 2 hours from receipt adds a late finding against it. */
export function decideRelay(command: RecordRelay, state: IncidentState): IncidentEvent[] {
  const incident = requireReported(state);
  const { unitId, receivedAt, forwardedAt } = command;
  requireText(unitId, 'unitId');
  requirePastTimeFrom(
    receivedAt,
    incident.occurredAt,
    command.now,
    'receivedAt',
    'received_before_occurrence',
  );
  requirePastTimeFrom(
    forwardedAt,
    receivedAt,
    command.now,
    'forwardedAt',
    'forwarded_before_receipt',
  );
  if (incident.relays.some((r) => r.unitId === unitId)) {
    throw stateConflict('relay_exists', `${unitId} has already relayed this incident`);
  }
  const late = isLateRelay(receivedAt, forwardedAt);
  const relayed: IncidentEvent = {
    type: 'IncidentRelayed',
    data: { unitId, receivedAt, forwardedAt, late },
  };
  if (!late) return [relayed];
  return [relayed, findingEstablished(lateRelayFinding(unitId, receivedAt, forwardedAt))];
}
