import { ruleViolation, stateConflict } from '../shared/errors';
import type { EstablishMisreportingFinding } from './commands';
import type { IncidentEvent } from './events';
import { requirePastTimeFrom, requireReported, requireText } from './guards';
import { isMisreportingKind } from './misreporting';
import type { IncidentState } from './state';

/** One finding per kind per incident; an automatic `late` finding counts as the `late` one. */
export function decideFinding(
  command: EstablishMisreportingFinding,
  state: IncidentState,
): IncidentEvent[] {
  const incident = requireReported(state);
  const { kind } = command;
  if (!isMisreportingKind(kind)) {
    throw ruleViolation('invalid_kind', `unknown misreporting kind ${kind}`, 'kind');
  }
  requireText(command.detail, 'detail');
  requirePastTimeFrom(
    command.establishedAt,
    incident.occurredAt,
    command.now,
    'establishedAt',
    'established_before_occurrence',
  );
  if (incident.findings.some((f) => f.kind === kind)) {
    throw stateConflict('finding_exists', `a ${kind} finding already exists for this incident`);
  }
  return [
    {
      type: 'MisreportingFindingEstablished',
      data: {
        kind,
        establishedAt: command.establishedAt,
        detail: command.detail,
        automatic: false,
      },
    },
  ];
}
