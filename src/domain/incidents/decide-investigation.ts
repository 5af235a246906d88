import { ruleViolation, stateConflict } from '../shared/errors';
import { isPastPeriodEnd, toMs } from '../shared/time';
import type { ConcludeInvestigation, ExtendInvestigation, OpenInvestigation } from './commands';
import type { IncidentEvent } from './events';
import { requireExtension } from '../shared/guards';
import { requirePastTimeFrom, requireReported, requireText, requireTime } from './guards';
import {
  investigationDeadline,
  latestExtensionUntil,
  normalInvestigationDeadline,
} from './investigation';
import { DEFAULT_NATURE, isConcludedNature } from './nature';
import type { Incident, IncidentState, Investigation, LiableParty } from './state';

export function decideOpening(command: OpenInvestigation, state: IncidentState): IncidentEvent[] {
  const incident = requireReported(state);
  if (incident.investigation) {
    throw stateConflict('investigation_already_opened', 'the investigation is already opened');
  }
  requirePastTimeFrom(
    command.openedAt,
    incident.occurredAt,
    command.now,
    'openedAt',
    'opened_before_occurrence',
  );
  return [{ type: 'InvestigationOpened', data: { openedAt: command.openedAt } }];
}

/** One extension, to at most 60 days past the normal deadline (occurrence + 60 days). */
export function decideExtension(
  command: ExtendInvestigation,
  state: IncidentState,
): IncidentEvent[] {
  const incident = requireReported(state);
  const investigation = requireOngoing(incident);
  if (investigation.extension) {
    throw stateConflict('investigation_already_extended', 'the investigation was already extended');
  }
  const extendedAt = requireExtension(command, investigation.openedAt, 'extended_before_opening');
  const untilMs = requireTime(command.until, 'until');
  if (untilMs <= toMs(normalInvestigationDeadline(incident))) {
    throw ruleViolation('extension_not_after_deadline', 'until is not after the deadline', 'until');
  }
  if (untilMs > toMs(latestExtensionUntil(incident))) {
    throw ruleViolation('extension_too_long', 'an extension is at most 60 days', 'until');
  }
  return [
    {
      type: 'InvestigationExtended',
      data: { until: command.until, reason: command.reason, extendedAt },
    },
  ];
}

export function decideConclusion(
  command: ConcludeInvestigation,
  state: IncidentState,
): IncidentEvent[] {
  const incident = requireReported(state);
  const investigation = requireOngoing(incident);
  requirePastTimeFrom(
    command.concludedAt,
    investigation.openedAt,
    command.now,
    'concludedAt',
    'concluded_before_opening',
  );
  requireText(command.cause, 'cause');
  command.liable.forEach(requireLiableParty);
  command.measures.forEach((measure, i) => requireText(measure, `measures[${i}]`));
  const nature = command.nature ?? DEFAULT_NATURE;
  if (!isConcludedNature(nature)) {
    throw ruleViolation('invalid_nature', `unknown nature ${nature}`, 'nature');
  }
  return [
    {
      type: 'InvestigationConcluded',
      data: {
        concludedAt: command.concludedAt,
        cause: command.cause,
        liable: command.liable.map((party) => ({ ...party })),
        measures: [...command.measures],
        overdue: isPastPeriodEnd(command.concludedAt, investigationDeadline(incident)),
        nature,
      },
    },
  ];
}

function requireOngoing(incident: Incident): Investigation {
  const { investigation } = incident;
  if (!investigation) {
    throw stateConflict('investigation_not_opened', 'the investigation is not opened');
  }
  if (investigation.conclusion) {
    throw stateConflict('investigation_concluded', 'the investigation is already concluded');
  }
  return investigation;
}

function requireLiableParty(party: LiableParty, index: number): void {
  const field = `liable[${index}]`;
  if (!party.personId && !party.unitId) {
    throw ruleViolation(
      'liable_party_required',
      `${field} names neither a person nor a unit`,
      field,
    );
  }
  requireText(party.role, `${field}.role`);
  requireText(party.finding, `${field}.finding`);
}
