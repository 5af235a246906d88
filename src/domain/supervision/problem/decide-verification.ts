import { verification } from '../../inspections/hazard/decide-verification';
import type { VerifyProblemRectification } from './commands';
import type { ProblemEvent } from './events';
import { requireNotClosed } from './guards';
import { currentRectification, type ProblemState } from './state';

/** Passed closes the problem; failed returns it to `open` (to be rectified again). */
export function decideVerification(
  command: VerifyProblemRectification,
  state: ProblemState,
): ProblemEvent[] {
  const problem = requireNotClosed(state);
  return [
    {
      type: 'ProblemVerified',
      data: verification('problem', problem.id, currentRectification(problem), command),
    },
  ];
}
