import { ruleViolation, stateConflict } from '../shared/errors';
import type { EstablishMisreportingFinding } from './commands';
import type { IncidentEvent } from './events';
import { requirePastTimeFrom, requireReported, requireText } from './guards';
import { isMisreportingKind } from './misreporting';
import { isReportFinding } from './relay';
import type { IncidentState } from './state';

/**
 * One finding per kind per incident (a late relay's finding aside); an automatic `late` finding
 * counts as the `late` one. It names its responsible units, by default the incident's place.
 */
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
  if (incident.findings.some((f) => f.kind === kind && isReportFinding(f))) {
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
        responsibleUnitIds: responsibleIds(
          command.responsibleUnitIds ?? [incident.unitId],
          'responsibleUnitIds',
        ),
        responsiblePersonIds: responsibleIds(
          command.responsiblePersonIds ?? [],
          'responsiblePersonIds',
        ),
      },
    },
  ];
}

/** Each id once, in the order given; a finding always names at least one responsible unit. */
function responsibleIds(ids: readonly string[], field: string): string[] {
  ids.forEach((id, i) => requireText(id, `${field}[${i}]`));
  if (field === 'responsibleUnitIds' && ids.length === 0) {
    throw ruleViolation(
      'responsible_unit_required',
      'a finding names at least one responsible unit',
      field,
    );
  }
  return [...new Set(ids)];
}
