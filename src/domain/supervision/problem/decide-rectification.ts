import { requirePastTimeFrom, requireText } from '../../shared/guards';
import { requireAfterFailedVerification } from '../../shared/rectification';
import type { RectifyProblem } from './commands';
import type { ProblemEvent } from './events';
import { requireOpen } from './guards';
import type { ProblemState } from './state';

/** Rectified with evidence; after a failed verification, not before it. */
export function decideRectification(command: RectifyProblem, state: ProblemState): ProblemEvent[] {
  const problem = requireOpen(state);
  const rectifiedMs = requirePastTimeFrom(
    command.rectifiedAt,
    problem.raisedAt,
    command.now,
    'rectifiedAt',
    'rectified_before_raised',
  );
  requireText(command.evidence, 'evidence');
  requireAfterFailedVerification(problem, rectifiedMs);
  return [
    {
      type: 'ProblemRectified',
      data: { rectifiedAt: command.rectifiedAt, evidence: command.evidence },
    },
  ];
}
