import { ruleViolation } from '../../shared/errors';
import { requirePastTimeFrom, requireText } from '../../shared/guards';
import { requireBoolean } from '../../inspections/guards';
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
  const rectification = currentRectification(problem);
  if (!rectification) {
    throw ruleViolation('not_rectified', `problem ${problem.id} has no rectification to verify`);
  }
  const passed = requireBoolean(command.passed, 'passed');
  requireText(command.verifier, 'verifier');
  requirePastTimeFrom(
    command.verifiedAt,
    rectification.rectifiedAt,
    command.now,
    'verifiedAt',
    'verified_before_rectification',
  );
  return [
    {
      type: 'ProblemVerified',
      data: {
        passed,
        verifiedAt: command.verifiedAt,
        verifier: command.verifier,
        ...(command.note !== undefined && { note: command.note }),
        rectifiedAt: rectification.rectifiedAt,
      },
    },
  ];
}
