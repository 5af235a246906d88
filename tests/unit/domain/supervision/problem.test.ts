import {
  isProblemOverdue,
  problemCountsAsRectified,
  problemDecider,
  problemDeadlineAt,
  type Problem,
  type ProblemEvent,
  toProblemView,
} from '../../../../src/domain/supervision';
import {
  DEADLINE,
  extend,
  extended,
  NOW,
  RAISED,
  PATROL,
  problem,
  raise,
  raised,
  rectified,
  rectify,
  verified,
  verify,
} from './problem-fixtures';

const msFrom = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
const stateOf = (events: ProblemEvent[]): Problem =>
  events.reduce<Problem | null>(problemDecider.evolve, null)!;

describe('raising a problem (巡查发现问题)', () => {
  it('names the patrol, its kind and lead unit, the target unit and the duty area', () => {
    problem.given([]).when(raise()).then([raised]);
  });

  it.each([
    ['a unit the patrol does not target', { targetUnitId: 'T3' }, 'not_a_target'],
    ['an unknown duty area', { duty: 'safety' }, 'invalid_duty'],
    ['an empty description', { description: ' ' }, 'required'],
    [
      'a time before the patrol began',
      { raisedAt: msFrom(PATROL.from, -1) },
      'raised_before_patrol',
    ],
    ['a time in the future', { raisedAt: msFrom(NOW, 1) }, 'in_future'],
    [
      'a deadline not after the raising',
      { deadline: raise().raisedAt },
      'deadline_not_after_start',
    ],
  ])('refuses %s (422)', (_, overrides, code) => {
    problem.given([]).when(raise(overrides)).thenThrows('rule', code);
  });

  it('is raised once (409)', () => {
    problem.given([raised]).when(raise()).thenThrows('state', 'already_exists');
  });
});

describe('rectifying and verifying a problem', () => {
  it('records the rectification with its evidence', () => {
    problem.given([raised]).when(rectify()).then([rectified()]);
  });

  it('refuses a second rectification while the first awaits verification (409)', () => {
    problem.given([raised, rectified()]).when(rectify()).thenThrows('state', 'already_rectified');
  });

  it('refuses a rectification without evidence or before the problem was raised (422)', () => {
    problem
      .given([raised])
      .when(rectify({ evidence: '' }))
      .thenThrows('rule', 'required');
    problem
      .given([raised])
      .when(rectify({ rectifiedAt: msFrom(RAISED, -1) }))
      .thenThrows('rule', 'rectified_before_raised');
  });

  it('a failed verification returns the problem to open; it is rectified again, not before the verdict', () => {
    const failed = problem.given([raised, rectified(), verified(false)]);
    expect(failed.state?.status).toBe('open');
    failed
      .when(rectify({ rectifiedAt: '2025-06-09T00:00:00.000Z' }))
      .thenThrows('rule', 'rectified_before_failed_verification');
    failed
      .when(rectify({ rectifiedAt: '2025-06-15T00:00:00.000Z' }))
      .then([rectified('2025-06-15T00:00:00.000Z')]);
    failed.when(verify(true)).thenThrows('rule', 'not_rectified');
  });

  it('a passed verification closes the problem: nothing more is taken (409)', () => {
    const closed = problem.given([raised, rectified(), verified(true)]);
    expect(closed.state?.status).toBe('verified');
    closed.when(rectify()).thenThrows('state', 'problem_closed');
    closed.when(verify(true)).thenThrows('state', 'problem_closed');
    closed.when(extend()).thenThrows('state', 'problem_closed');
  });

  it('refuses to verify what was never rectified, or before the rectification (422)', () => {
    problem.given([raised]).when(verify(true)).thenThrows('rule', 'not_rectified');
    problem
      .given([raised, rectified()])
      .when(verify(true, { verifiedAt: '2025-05-31T00:00:00.000Z' }))
      .thenThrows('rule', 'verified_before_rectification');
  });

  it('refuses a verification without a verifier (422)', () => {
    problem
      .given([raised, rectified()])
      .when(verify(false, { verifier: '' }))
      .thenThrows('rule', 'required');
  });
});

describe('extending the deadline of a problem (the hazards rule)', () => {
  it('records the new deadline and the one it replaces', () => {
    problem
      .given([raised])
      .when(extend())
      .then([extended('2025-08-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z')]);
  });

  it('is judged at extendedAt: exactly at the deadline accepted, 1 ms after refused', () => {
    const at = (ms: number) =>
      extend({ extendedAt: msFrom(DEADLINE, ms), now: msFrom(DEADLINE, ms) });
    expect(problem.given([raised]).when(at(0)).events()).toHaveLength(1);
    problem.given([raised]).when(at(1)).thenThrows('rule', 'deadline_passed');
  });

  it('refuses a late extension recorded as if granted now (422)', () => {
    problem
      .given([raised])
      .when(extend({ extendedAt: undefined, now: NOW }))
      .thenThrows('rule', 'deadline_passed');
  });

  it('refuses a deadline not later than the one in force, and a missing reason (422)', () => {
    problem
      .given([raised])
      .when(extend({ deadline: DEADLINE }))
      .thenThrows('rule', 'deadline_not_later');
    problem
      .given([raised])
      .when(extend({ reason: ' ' }))
      .thenThrows('rule', 'required');
  });

  it('marks an extension recorded more than a day after extendedAt as backdated', () => {
    const [event] = problem
      .given([raised])
      .when(extend({ extendedAt: '2025-06-01T00:00:00.000Z', now: '2025-06-02T00:00:00.001Z' }))
      .events();
    expect(event).toMatchObject({ data: { backdated: true } });
  });
});

describe('when a problem is overdue', () => {
  const state = stateOf([raised]);

  it('is overdue strictly after the deadline in force, not at it', () => {
    expect(isProblemOverdue(state, DEADLINE)).toBe(false);
    expect(isProblemOverdue(state, msFrom(DEADLINE, 1))).toBe(true);
    expect(isProblemOverdue(state, msFrom(RAISED, -1))).toBe(false);
  });

  it('counts an extension only from the time it was granted', () => {
    const extendedState = stateOf([
      raised,
      extended('2025-08-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z'),
    ]);
    expect(problemDeadlineAt(extendedState, '2025-05-31T00:00:00.000Z')).toBe(DEADLINE);
    expect(problemDeadlineAt(extendedState, '2025-07-01T00:00:00.000Z')).toBe(
      '2025-08-01T00:00:00.000Z',
    );
    expect(isProblemOverdue(extendedState, '2025-07-01T00:00:00.000Z')).toBe(false);
    expect(isProblemOverdue(extendedState, '2025-08-02T00:00:00.000Z')).toBe(true);
  });

  it('is not overdue once rectified, and again once the verification fails', () => {
    const failed = stateOf([raised, rectified(), verified(false, '2025-06-25T00:00:00.000Z')]);
    expect(problemCountsAsRectified(failed, '2025-06-24T00:00:00.000Z')).toBe(true);
    expect(isProblemOverdue(failed, '2025-06-24T00:00:00.000Z')).toBe(false);
    expect(isProblemOverdue(failed, '2025-06-25T00:00:00.000Z')).toBe(true);
    expect(toProblemView(failed, NOW)).toMatchObject({ status: 'open', overdue: true });
  });

  it('shows the course of the problem in its view', () => {
    const view = toProblemView(stateOf([raised, rectified(), verified(true)]), NOW);
    expect(view).toMatchObject({
      id: 'PRB1',
      patrolId: 'PAT1',
      targetUnitId: 'T1',
      status: 'verified',
      rectifiedAt: '2025-06-01T00:00:00.000Z',
      rectifications: [{ rectifiedAt: '2025-06-01T00:00:00.000Z', evidence: '整改报告及台账' }],
      verifications: [{ passed: true, rectifiedAt: '2025-06-01T00:00:00.000Z' }],
      overdue: false,
    });
  });
});
