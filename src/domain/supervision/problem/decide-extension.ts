import { requireExtension } from '../../shared/guards';
import { deadlineExtension } from '../../inspections/hazard/decide-extension';
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
  return [
    {
      type: 'ProblemDeadlineExtended',
      data: deadlineExtension('problem', problem.deadline, extendedAt, command),
    },
  ];
}
