import { ruleViolation } from '../../shared/errors';
import { requireExtension, requireTime } from '../../shared/guards';
import { toMs } from '../../shared/time';
import { isBackdated, isExtendedAfterDeadline } from '../../inspections/hazard/decide-extension';
import type { ExtendProblemDeadline } from './commands';
import type { ProblemEvent } from './events';
import { requireNotClosed } from './guards';
import type { ProblemState } from './state';

/**
 * The hazards' rule: allowed until the rectification passes verification, and only while the
 * deadline being extended has not passed at `extendedAt` (exactly at it is still in time), so
 * that an overdue period can never be erased afterwards; the new deadline is later.
 */
export function decideExtension(
  command: ExtendProblemDeadline,
  state: ProblemState,
): ProblemEvent[] {
  const problem = requireNotClosed(state);
  const extendedAt = requireExtension(command, problem.raisedAt, 'extended_before_raised');
  if (isExtendedAfterDeadline(extendedAt, problem.deadline)) {
    throw ruleViolation(
      'deadline_passed',
      `the deadline ${problem.deadline} had passed at ${extendedAt}; an overdue problem cannot be extended`,
      'extendedAt',
    );
  }
  if (requireTime(command.deadline, 'deadline') <= toMs(problem.deadline)) {
    throw ruleViolation(
      'deadline_not_later',
      `deadline is not later than the current deadline ${problem.deadline}`,
      'deadline',
    );
  }
  return [
    {
      type: 'ProblemDeadlineExtended',
      data: {
        previousDeadline: problem.deadline,
        deadline: command.deadline,
        reason: command.reason,
        extendedAt,
        backdated: isBackdated(extendedAt, command.now),
      },
    },
  ];
}
