import { ruleViolation, stateConflict } from '../../shared/errors';
import { requireNotFuture, requireText } from '../../shared/guards';
import { toMs } from '../../shared/time';
import { requireDeadlineAfter } from '../../inspections/guards';
import { isDutyArea } from '../codes';
import type { RaiseProblem } from './commands';
import type { ProblemEvent } from './events';
import type { ProblemState } from './state';

/**
 * A problem against one of the patrol's target units, by duty area, raised once the patrol has
 * begun (not before its `from`), with a deadline after it was raised.
 */
export function decideRaise(command: RaiseProblem, state: ProblemState): ProblemEvent[] {
  if (state) throw stateConflict('already_exists', `problem ${state.id} already exists`);
  requireText(command.id, 'id');
  const { patrol } = command;
  requireText(command.targetUnitId, 'targetUnitId');
  if (!patrol.targetUnitIds.includes(command.targetUnitId)) {
    throw ruleViolation(
      'not_a_target',
      `unit ${command.targetUnitId} is not a target of patrol ${patrol.id}`,
      'targetUnitId',
    );
  }
  const { duty } = command;
  if (!isDutyArea(duty)) {
    throw ruleViolation('invalid_duty', `unknown duty area ${String(duty)}`, 'duty');
  }
  requireText(command.description, 'description');
  const raisedMs = requireNotFuture(command.raisedAt, command.now, 'raisedAt');
  if (raisedMs < toMs(patrol.from)) {
    throw ruleViolation(
      'raised_before_patrol',
      `raisedAt is before the patrol began (${patrol.from})`,
      'raisedAt',
    );
  }
  requireDeadlineAfter(command.deadline, command.raisedAt, 'deadline');
  return [
    {
      type: 'ProblemRaised',
      data: {
        id: command.id,
        patrolId: patrol.id,
        patrolKind: patrol.kind,
        leadUnitId: patrol.leadUnitId,
        targetUnitId: command.targetUnitId,
        duty,
        description: command.description,
        raisedAt: command.raisedAt,
        deadline: command.deadline,
      },
    },
  ];
}
