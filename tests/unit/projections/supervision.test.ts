import { problemLedger } from '../../../projections/queries/problem-ledger';
import {
  OPEN_FOR_GOOD,
  type OrderDoc,
  type ProblemDoc,
  supervisionProjection,
} from '../../../projections/supervision';
import { project, projected } from './memory-store';

const raised = (id: string, targetUnitId: string, raisedAt: string, deadline: string) =>
  projected(`problem-${id}`, 'ProblemRaised', {
    id,
    patrolId: 'PAT1',
    patrolKind: 'patrol',
    leadUnitId: 'D',
    targetUnitId,
    duty: 'leadership',
    description: '问题',
    raisedAt,
    deadline,
  });

const unit = (id: string, parentId?: string) =>
  projected(`unit-${id}`, 'UnitRegistered', {
    id,
    name: id,
    kind: parentId ? 'town' : 'district',
    ...(parentId && { parentId }),
  });

describe('supervision projection', () => {
  const events = () => [
    unit('D'),
    unit('T1', 'D'),
    unit('T2', 'D'),
    // Carried over: raised in 2024, still open and overdue in 2025.
    raised('P0', 'T1', '2024-10-01T00:00:00.000Z', '2024-11-01T00:00:00.000Z'),
    raised('P1', 'T1', '2025-04-01T00:00:00.000Z', '2025-05-01T00:00:00.000Z'),
    projected('problem-P1', 'ProblemRectified', {
      rectifiedAt: '2025-04-20T00:00:00.000Z',
      evidence: '报告',
    }),
    projected('problem-P1', 'ProblemVerified', {
      passed: true,
      verifiedAt: '2026-01-05T00:00:00.000Z',
      verifier: '王五',
      rectifiedAt: '2025-04-20T00:00:00.000Z',
    }),
    raised('P2', 'T2', '2025-06-01T00:00:00.000Z', '2025-07-01T00:00:00.000Z'),
    // Raised after the year: in no 2025 figure.
    raised('P3', 'T2', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'),
    projected('supervisionorder-SO1', 'SupervisionOrderIssued', {
      id: 'SO1',
      issuerUnitId: 'D',
      targetUnitId: 'T2',
      subject: { kind: 'problem', id: 'P2' },
      requirement: '限期整改',
      issuedAt: '2025-07-05T00:00:00.000Z',
      deadline: '2025-07-20T00:00:00.000Z',
    }),
    projected('supervisionorder-SO1', 'SupervisionOrderReplied', {
      repliedAt: '2025-07-10T00:00:00.000Z',
      content: '已整改',
    }),
  ];

  it('keeps each problem with its target path, the years it may count in and its events', async () => {
    const store = await project(supervisionProjection, events());
    const problems = store.all<ProblemDoc>('problems');
    const p1 = problems.find((p) => p._id === 'P1')!;
    expect(p1).toMatchObject({
      targetUnitId: 'T1',
      unitPath: ['T1', 'D'],
      status: 'verified',
      yearsOpen: [2025, 2026],
      refs: { rectifications: [expect.any(Object)], verifications: [expect.any(Object)] },
    });
    expect(problems.find((p) => p._id === 'P0')!.yearsOpen).toEqual([2024, OPEN_FOR_GOOD]);
    const [order] = store.all<OrderDoc>('orders');
    expect(order).toMatchObject({
      _id: 'SO1',
      unitPath: ['T2', 'D'],
      status: 'replied',
      subjectKind: 'problem',
      closedAt: null,
      yearsOpen: [2025, OPEN_FOR_GOOD],
    });
  });

  it('keeps the years an order is open in: from its issue to its closure', async () => {
    const store = await project(supervisionProjection, [
      ...events(),
      projected('supervisionorder-SO1', 'SupervisionOrderClosed', {
        closedAt: '2027-01-10T00:00:00.000Z',
      }),
    ]);
    const [order] = store.all<OrderDoc>('orders');
    expect(order).toMatchObject({ status: 'closed', yearsOpen: [2025, 2026, 2027] });
  });

  it('ledgers a year: raised in it, rectified then, overdue then (carried over too)', async () => {
    const store = await project(supervisionProjection, events());
    const docs = store.all<ProblemDoc>('problems');
    const ledger = problemLedger(docs, 2025, '2026-06-01T00:00:00.000Z', true);
    expect(ledger).toMatchObject({
      year: 2025,
      referenceDate: '2025-12-31T15:59:59.999Z',
      raised: 2,
      rectified: 1,
      overdue: 2,
      rectificationRate: 50,
    });
    expect(ledger.items!.overdue.map((i) => i.problemId)).toEqual(['P0', 'P2']);
    // The verification of 2026 is after the reference: only the rectification is named.
    expect(ledger.items!.rectified[0].events).toHaveLength(1);
    const midYear = problemLedger(docs, 2025, '2025-06-15T00:00:00.000Z');
    expect(midYear).toMatchObject({ raised: 2, rectified: 1, overdue: 1, rectificationRate: 50 });
    expect(problemLedger([], 2025, '2026-01-01T00:00:00.000Z').rectificationRate).toBe(100);
  });
});
