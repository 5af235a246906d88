import { ruleViolation, stateConflict } from '../../shared/errors';
import { requireDeadlineAfter, requireNotFuture, requireText } from '../guards';
import type { HazardSource, IdentifyHazard } from './commands';
import type { HazardEvent, HazardIdentified } from './events';
import { isHazardLevel } from './levels';
import type { HazardState } from './state';

/** A major hazard is listed for supervision (挂牌督办) in the same decision. */
export function decideIdentification(command: IdentifyHazard, state: HazardState): HazardEvent[] {
  if (state) throw stateConflict('already_exists', `hazard ${state.id} already exists`);
  requireText(command.id, 'id');
  requireText(command.unitId, 'unitId');
  if (command.unit.id !== command.unitId) {
    throw ruleViolation('unit_mismatch', 'the unit facts are not of unitId', 'unitId');
  }
  const { level } = command;
  if (!isHazardLevel(level)) {
    throw ruleViolation('invalid_level', `unknown hazard level ${String(level)}`, 'level');
  }
  requireText(command.description, 'description');
  requireNotFuture(command.identifiedAt, command.now, 'identifiedAt');
  requireDeadlineAfter(command.deadline, command.identifiedAt, 'deadline');
  const source = command.source && requireSource(command.source);

  const identified: HazardIdentified = {
    type: 'HazardIdentified',
    data: {
      id: command.id,
      unitId: command.unitId,
      level,
      description: command.description,
      identifiedAt: command.identifiedAt,
      deadline: command.deadline,
      ...(source && { source }),
    },
  };
  if (level !== 'major') return [identified];
  return [
    identified,
    {
      type: 'HazardListedForSupervision',
      data: { supervisingUnitId: supervisingUnitFor(command), listedAt: command.identifiedAt },
    },
  ];
}

/** The unit named on the command (the handler picks the inspecting unit), else the parent. */
export function supervisingUnitFor(
  command: Pick<IdentifyHazard, 'supervisingUnitId' | 'unit'>,
): string {
  if (command.supervisingUnitId !== undefined) {
    return requireText(command.supervisingUnitId, 'supervisingUnitId');
  }
  return command.unit.parentId ?? command.unit.id;
}

function requireSource(source: HazardSource): HazardSource {
  const { inspectionId, reportId } = source;
  const named = [inspectionId, reportId].filter((id) => id !== undefined);
  if (named.length !== 1) {
    throw ruleViolation(
      'invalid_source',
      'source names either an inspection or a report',
      'source',
    );
  }
  return inspectionId !== undefined
    ? { inspectionId: requireText(inspectionId, 'source.inspectionId') }
    : { reportId: requireText(reportId, 'source.reportId') };
}
