import type { ProblemEvent } from './events';
import type { Problem, ProblemRectification, ProblemState } from './state';

export function evolveProblem(state: ProblemState, event: ProblemEvent): ProblemState {
  if (event.type === 'ProblemRaised') {
    return {
      ...event.data,
      initialDeadline: event.data.deadline,
      status: 'open',
      rectifications: [],
      extensions: [],
    };
  }
  return state ? evolveRaised(state, event) : state;
}

function evolveRaised(
  problem: Problem,
  event: Exclude<ProblemEvent, { type: 'ProblemRaised' }>,
): Problem {
  switch (event.type) {
    case 'ProblemRectified':
      return {
        ...problem,
        status: 'rectified' as const,
        rectifications: [...problem.rectifications, { ...event.data, verification: null }],
      };
    case 'ProblemVerified': {
      const { rectifiedAt: _judged, ...verification } = event.data;
      return {
        ...problem,
        status: verification.passed ? ('verified' as const) : ('open' as const),
        rectifications: withLatestVerified(problem.rectifications, verification),
      };
    }
    case 'ProblemDeadlineExtended':
      return {
        ...problem,
        deadline: event.data.deadline,
        extensions: [...problem.extensions, { ...event.data }],
      };
  }
}

function withLatestVerified(
  rectifications: readonly ProblemRectification[],
  verification: ProblemRectification['verification'],
): ProblemRectification[] {
  const latest = rectifications[rectifications.length - 1];
  return latest
    ? [...rectifications.slice(0, -1), { ...latest, verification }]
    : [...rectifications];
}
