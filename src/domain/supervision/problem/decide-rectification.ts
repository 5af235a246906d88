import { ruleViolation } from '../../shared/errors';
import { requirePastTimeFrom, requireText } from '../../shared/guards';
import { toMs } from '../../shared/time';
import type { RectifyProblem } from './commands';
import type { ProblemEvent } from './events';
import { requireOpen } from './guards';
import { latestRectification, type ProblemState } from './state';

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
  const failedAt = latestRectification(problem)?.verification?.verifiedAt;
  if (failedAt && rectifiedMs < toMs(failedAt)) {
    throw ruleViolation(
      'rectified_before_failed_verification',
      `rectifiedAt is before the failed verification of ${failedAt}`,
      'rectifiedAt',
    );
  }
  return [
    {
      type: 'ProblemRectified',
      data: { rectifiedAt: command.rectifiedAt, evidence: command.evidence },
    },
  ];
}
