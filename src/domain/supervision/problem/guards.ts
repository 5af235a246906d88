import { notFound, stateConflict } from '../../shared/errors';
import type { Problem, ProblemState } from './state';

export function requireRaised(state: ProblemState): Problem {
  if (!state) throw notFound('problem_not_found', 'problem not found');
  return state;
}

/** Refuses any change once the rectification has passed verification. */
export function requireNotClosed(state: ProblemState): Problem {
  const problem = requireRaised(state);
  if (problem.status === 'verified') {
    throw stateConflict('problem_closed', `problem ${problem.id} has passed verification`);
  }
  return problem;
}

/** Refuses while a rectification awaits verification. */
export function requireOpen(state: ProblemState): Problem {
  const problem = requireNotClosed(state);
  if (problem.status === 'rectified') {
    throw stateConflict(
      'already_rectified',
      `problem ${problem.id} is rectified, awaiting verification`,
    );
  }
  return problem;
}
