import {
  type ExtendProblemDeadline,
  type PatrolFacts,
  problemDecider,
  type ProblemEvent,
  type RaiseProblem,
  type RectifyProblem,
  type VerifyProblemRectification,
} from '../../../../src/domain/supervision';
import { spec } from '../decider-spec';

export const NOW = '2025-12-01T00:00:00.000Z';
export const RAISED = '2025-04-20T02:00:00.000Z';
export const DEADLINE = '2025-06-20T00:00:00.000Z';

export const PATROL: PatrolFacts = {
  id: 'PAT1',
  kind: 'patrol',
  leadUnitId: 'D',
  targetUnitIds: ['T1', 'T2'],
  from: '2025-04-01T00:00:00.000Z',
};

export const raise = (overrides: Partial<RaiseProblem> = {}): RaiseProblem => ({
  type: 'RaiseProblem',
  id: 'PRB1',
  patrol: PATROL,
  targetUnitId: 'T1',
  duty: 'hazard_management',
  description: '重大隐患挂牌督办落实不到位',
  raisedAt: RAISED,
  deadline: DEADLINE,
  now: NOW,
  ...overrides,
});

export const rectify = (overrides: Partial<RectifyProblem> = {}): RectifyProblem => ({
  type: 'RectifyProblem',
  rectifiedAt: '2025-06-01T00:00:00.000Z',
  evidence: '整改报告及台账',
  now: NOW,
  ...overrides,
});

export const verify = (
  passed: boolean,
  overrides: Partial<VerifyProblemRectification> = {},
): VerifyProblemRectification => ({
  type: 'VerifyProblemRectification',
  passed,
  verifiedAt: '2025-06-10T00:00:00.000Z',
  verifier: '巡查组 王五',
  now: NOW,
  ...overrides,
});

export const extend = (overrides: Partial<ExtendProblemDeadline> = {}): ExtendProblemDeadline => ({
  type: 'ExtendProblemDeadline',
  deadline: '2025-08-01T00:00:00.000Z',
  reason: '涉及机构调整，需延期',
  extendedAt: '2025-06-01T00:00:00.000Z',
  now: '2025-06-01T08:00:00.000Z',
  ...overrides,
});

export const raised: ProblemEvent = {
  type: 'ProblemRaised',
  data: {
    id: 'PRB1',
    patrolId: 'PAT1',
    patrolKind: 'patrol',
    leadUnitId: 'D',
    targetUnitId: 'T1',
    duty: 'hazard_management',
    description: '重大隐患挂牌督办落实不到位',
    raisedAt: RAISED,
    deadline: DEADLINE,
  },
};

export const rectified = (rectifiedAt = '2025-06-01T00:00:00.000Z'): ProblemEvent => ({
  type: 'ProblemRectified',
  data: { rectifiedAt, evidence: '整改报告及台账' },
});

export const verified = (
  passed: boolean,
  verifiedAt = '2025-06-10T00:00:00.000Z',
  rectifiedAt = '2025-06-01T00:00:00.000Z',
): ProblemEvent => ({
  type: 'ProblemVerified',
  data: { passed, verifiedAt, verifier: '巡查组 王五', rectifiedAt },
});

export const extended = (
  deadline: string,
  extendedAt: string,
  previous = DEADLINE,
): ProblemEvent => ({
  type: 'ProblemDeadlineExtended',
  data: {
    previousDeadline: previous,
    deadline,
    reason: '涉及机构调整，需延期',
    extendedAt,
    backdated: false,
  },
});

export const problem = spec(problemDecider);
