import type { Decider } from '../../shared/decider';
import { ruleViolation, stateConflict } from '../../shared/errors';
import { requireDeadlineAfter, requireNotFuture, requireText } from '../guards';
import { isHazardLevel } from '../hazard/levels';
import type { ConductInspection, InspectionCommand, InspectionFindingInput } from './commands';
import type { InspectionEvent, InspectionFinding, InspectionState } from './events';
import { isInspectionKind } from './kinds';

export const inspectionStreamId = (id: string): string => `inspection-${id}`;

export const inspectionDecider: Decider<InspectionCommand, InspectionEvent, InspectionState> = {
  initialState: () => null,
  evolve: (_state, event) => event.data,
  decide: decideInspection,
};

function decideInspection(command: ConductInspection, state: InspectionState): InspectionEvent[] {
  if (state) throw stateConflict('already_exists', `inspection ${state.id} already exists`);
  requireText(command.id, 'id');
  requireText(command.inspectedUnitId, 'inspectedUnitId');
  requireText(command.inspectingUnitId, 'inspectingUnitId');
  const { kind } = command;
  if (!isInspectionKind(kind)) {
    throw ruleViolation('invalid_kind', `unknown inspection kind ${String(kind)}`, 'kind');
  }
  requireNotFuture(command.conductedAt, command.now, 'conductedAt');
  requireInspectors(command.inspectors);
  const findings = command.findings.map((f, i) => requireFinding(f, i, command.conductedAt));
  requireUniqueHazardIds(findings);
  return [
    {
      type: 'InspectionConducted',
      data: {
        id: command.id,
        inspectedUnitId: command.inspectedUnitId,
        inspectingUnitId: command.inspectingUnitId,
        kind,
        conductedAt: command.conductedAt,
        inspectors: [...command.inspectors],
        findings,
      },
    },
  ];
}

function requireInspectors(inspectors: readonly string[]): void {
  if (!Array.isArray(inspectors) || inspectors.length === 0) {
    throw ruleViolation(
      'inspectors_required',
      'an inspection names at least one inspector',
      'inspectors',
    );
  }
  inspectors.forEach((name, i) => requireText(name, `inspectors[${i}]`));
}

function requireFinding(
  finding: InspectionFindingInput,
  index: number,
  conductedAt: string,
): InspectionFinding {
  const field = `findings[${index}]`;
  requireText(finding.hazardId, `${field}.hazardId`);
  const { level } = finding;
  if (!isHazardLevel(level)) {
    throw ruleViolation('invalid_level', `unknown hazard level ${String(level)}`, `${field}.level`);
  }
  requireText(finding.description, `${field}.description`);
  requireDeadlineAfter(finding.deadline, conductedAt, `${field}.deadline`);
  const { hazardId, description, deadline } = finding;
  return { hazardId, level, description, deadline };
}

function requireUniqueHazardIds(findings: readonly InspectionFinding[]): void {
  const seen = new Set<string>();
  findings.forEach(({ hazardId }, i) => {
    if (seen.has(hazardId)) {
      throw ruleViolation(
        'duplicate_hazard_id',
        `hazard id ${hazardId} appears twice in the inspection`,
        `findings[${i}].hazardId`,
      );
    }
    seen.add(hazardId);
  });
}
