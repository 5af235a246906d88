import { forbiddenAction, notFound, stateConflict } from '../shared/errors';
import type {
  ApproveIncidentCorrection,
  ProposeIncidentCorrection,
  RejectIncidentCorrection,
} from './commands';
import { decideCorrection } from './decide-correction';
import type { IncidentEvent } from './events';
import { requirePastTimeFrom, requireReported, requireText } from './guards';
import {
  correctableValue,
  type DetailsCorrection,
  type Incident,
  type IncidentState,
} from './state';

/**
 * 四眼原则: a proposal changes nothing. It must pass every rule of the correction now, and a
 * field has at most one pending correction at a time.
 */
export function decideProposal(
  command: ProposeIncidentCorrection,
  state: IncidentState,
): IncidentEvent[] {
  const incident = requireReported(state);
  const proposedAt = command.proposedAt ?? command.now;
  const { field, to, reason } = command;
  decideCorrection(
    {
      type: 'CorrectIncidentDetails',
      field,
      to,
      reason,
      correctedAt: proposedAt,
      now: command.now,
    },
    state,
  );
  requireText(command.correctionId, 'correctionId');
  if (incident.corrections.some((c) => c.correctionId === command.correctionId)) {
    throw stateConflict('correction_exists', `correction ${command.correctionId} already exists`);
  }
  if (incident.corrections.some((c) => c.status === 'pending' && c.field === field)) {
    throw stateConflict('correction_pending', `a correction of ${field} is already pending`);
  }
  return [
    {
      type: 'IncidentCorrectionProposed',
      data: {
        correctionId: command.correctionId,
        field,
        from: correctableValue(incident, field),
        to,
        reason,
        proposedAt,
        proposedBy: command.proposedBy,
      },
    },
  ];
}

/**
 * Applies a pending correction proposed by someone else. The value it corrects must still be the
 * one it was proposed from, and the correction must pass every rule again on today's incident.
 */
export function decideApproval(
  command: ApproveIncidentCorrection,
  state: IncidentState,
): IncidentEvent[] {
  const incident = requireReported(state);
  const correction = requirePending(incident, command.correctionId, command.approvedBy);
  requirePastTimeFrom(
    command.approvedAt,
    correction.proposedAt!,
    command.now,
    'approvedAt',
    'approved_before_proposal',
  );
  const { field, from, to, reason } = correction;
  const current = correctableValue(incident, field);
  if (current !== from) {
    throw stateConflict(
      'stale_correction',
      `${field} is now ${current}, not ${from} as when the correction was proposed`,
    );
  }
  const events = decideCorrection(
    {
      type: 'CorrectIncidentDetails',
      field,
      to,
      reason,
      correctedAt: command.approvedAt,
      now: command.now,
    },
    state,
  );
  return events.map((event) =>
    event.type === 'IncidentDetailsCorrected'
      ? {
          ...event,
          data: {
            ...event.data,
            correctionId: command.correctionId,
            proposedBy: correction.proposedBy!,
            approvedBy: command.approvedBy,
          },
        }
      : event,
  );
}

/** Refuses a pending correction proposed by someone else; nothing else changes. */
export function decideRejection(
  command: RejectIncidentCorrection,
  state: IncidentState,
): IncidentEvent[] {
  const incident = requireReported(state);
  const correction = requirePending(incident, command.correctionId, command.rejectedBy);
  requireText(command.reason, 'reason');
  const rejectedAt = command.rejectedAt ?? command.now;
  requirePastTimeFrom(
    rejectedAt,
    correction.proposedAt!,
    command.now,
    'rejectedAt',
    'rejected_before_proposal',
  );
  return [
    {
      type: 'IncidentCorrectionRejected',
      data: {
        correctionId: command.correctionId,
        reason: command.reason,
        rejectedAt,
        rejectedBy: command.rejectedBy,
      },
    },
  ];
}

function requirePending(incident: Incident, correctionId: string, actorId: string) {
  const correction = incident.corrections.find(
    (c): c is DetailsCorrection & { proposedBy: string } =>
      c.correctionId === correctionId && c.proposedBy !== undefined,
  );
  if (!correction) throw notFound('correction_not_found', `no correction ${correctionId}`);
  if (correction.status !== 'pending') {
    throw stateConflict(
      'correction_not_pending',
      `correction ${correctionId} is ${correction.status}`,
    );
  }
  if (correction.proposedBy === actorId) {
    throw forbiddenAction(
      'four_eyes',
      'a correction must be approved or rejected by a user other than its proposer',
    );
  }
  return correction;
}
