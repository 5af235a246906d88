import { ruleViolation } from '../shared/errors';
import { requireNotFuture, requireText } from '../units/guards';
import type { ScoreTask } from './commands';
import type { TaskScored } from './events';
import { requireOpenYear } from './guards';

/** The office scores a task of the unit's active agreement that is not measured, 0..weight. */
export function decideTaskScore(command: ScoreTask): TaskScored[] {
  const year = requireOpenYear(command);
  requireText(command.unitId, 'unitId');
  const { agreement, taskCode, score } = command;
  if (!agreement) {
    throw ruleViolation('no_active_agreement', `the unit has no active agreement for ${year}`);
  }
  const task = agreement.tasks.find((t) => t.code === taskCode);
  if (!task) {
    throw ruleViolation(
      'unknown_task',
      `task ${taskCode} is not in agreement ${agreement.id}`,
      'taskCode',
    );
  }
  if (task.metric !== undefined) {
    throw ruleViolation(
      'task_is_measured',
      `task ${taskCode} is measured by ${task.metric}`,
      'taskCode',
    );
  }
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0) {
    throw ruleViolation('negative_score', 'score must be a number ≥ 0', 'score');
  }
  if (score > task.weight) {
    throw ruleViolation(
      'score_exceeds_weight',
      `score exceeds the task weight ${task.weight}`,
      'score',
    );
  }
  requireNotFuture(command.evaluatedAt, command.now, 'evaluatedAt');
  requireText(command.evidence, 'evidence');
  return [
    {
      type: 'TaskScored',
      data: {
        year,
        unitId: command.unitId,
        agreementId: agreement.id,
        taskCode,
        score,
        evaluatedAt: command.evaluatedAt,
        evidence: command.evidence,
      },
    },
  ];
}
