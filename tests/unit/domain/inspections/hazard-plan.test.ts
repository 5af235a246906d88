import { type PlanHazardRectification } from '../../../../src/domain/inspections';
import {
  NOW,
  hazard,
  identifiedHazard,
  majorIdentified,
  PLAN,
  planned,
  rectifiedHistory,
  verifiedHistory,
  errorOf,
} from './hazard-fixtures';

const planCommand = (
  overrides: Partial<PlanHazardRectification> = {},
): PlanHazardRectification => ({
  type: 'PlanHazardRectification',
  ...PLAN,
  now: NOW,
  ...overrides,
});

const FIVE = [
  ['measures', '措施'],
  ['fundsYuan', '资金'],
  ['deadline', '时限'],
  ['responsiblePerson', '责任'],
  ['contingencyPlan', '预案'],
] as const;

describe('planning the rectification of a hazard (五落实)', () => {
  it('records the five implementations of a major hazard', () => {
    hazard.given(majorIdentified()).when(planCommand()).then([planned()]);
  });

  it('is allowed for a general hazard too, with zero funds', () => {
    identifiedHazard.when(planCommand({ fundsYuan: 0 })).then([planned({ fundsYuan: 0 })]);
  });

  it('defaults plannedAt to now', () => {
    identifiedHazard
      .when(planCommand({ plannedAt: undefined }))
      .then([planned({ plannedAt: NOW })]);
  });

  it.each(FIVE)('names a missing %s (%s) as a field error (422)', (field) => {
    const given = hazard.given(majorIdentified());
    const error = errorOf(() => given.when(planCommand({ [field]: undefined })).events());
    expect(error.kind).toBe('rule');
    expect(error.code).toBe('five_implementations_incomplete');
    expect(error.errors.map((e) => e.field)).toEqual([field]);
  });

  it('lists every missing implementation at once', () => {
    const given = hazard.given(majorIdentified());
    const error = errorOf(() =>
      given
        .when({ type: 'PlanHazardRectification', now: NOW, measures: ' ', fundsYuan: -1 })
        .events(),
    );
    expect(error.errors.map((e) => e.field)).toEqual(FIVE.map(([field]) => field));
    expect(error.message).toContain(
      'measures, fundsYuan, deadline, responsiblePerson, contingencyPlan',
    );
  });

  it('refuses blank text, negative or non-numeric funds and an invalid deadline', () => {
    const cases: Array<[Partial<PlanHazardRectification>, string]> = [
      [{ measures: '   ' }, 'measures'],
      [{ fundsYuan: -0.01 }, 'fundsYuan'],
      [{ fundsYuan: Number.NaN }, 'fundsYuan'],
      [{ fundsYuan: '1000' as unknown as number }, 'fundsYuan'],
      [{ deadline: 'next month' }, 'deadline'],
      [{ responsiblePerson: '' }, 'responsiblePerson'],
      [{ contingencyPlan: '' }, 'contingencyPlan'],
    ];
    for (const [change, field] of cases) {
      const given = hazard.given(majorIdentified());
      const error = errorOf(() => given.when(planCommand(change)).events());
      expect(error.errors).toEqual([{ field, message: expect.any(String) }]);
    }
  });

  it('refuses a plan deadline not after identification', () => {
    hazard
      .given(majorIdentified())
      .when(planCommand({ deadline: '2025-03-01T02:00:00.000Z' }))
      .thenThrows('rule', 'deadline_not_after_start');
  });

  it('refuses plannedAt in the future or before identification', () => {
    hazard
      .given(majorIdentified())
      .when(planCommand({ plannedAt: '2025-07-01T00:00:00.000Z' }))
      .thenThrows('rule', 'in_future');
    hazard
      .given(majorIdentified())
      .when(planCommand({ plannedAt: '2025-02-28T00:00:00.000Z' }))
      .thenThrows('rule', 'planned_before_identification');
  });

  it('replaces the plan while rectification is pending, also after a failed verification', () => {
    hazard
      .given(verifiedHistory(false, 'major'))
      .when(planCommand({ measures: '更换储罐', plannedAt: '2025-03-26T00:00:00.000Z' }))
      .then([planned({ measures: '更换储罐', plannedAt: '2025-03-26T00:00:00.000Z' })]);
  });

  it('refuses a plan while a rectification awaits verification, and after it passed (409)', () => {
    hazard
      .given(rectifiedHistory('major'))
      .when(planCommand())
      .thenThrows('state', 'already_rectified');
    hazard
      .given(verifiedHistory(true, 'major'))
      .when(planCommand())
      .thenThrows('state', 'hazard_closed');
  });

  it('refuses a plan for a hazard that does not exist (404)', () => {
    hazard.given([]).when(planCommand()).thenThrows('not_found', 'hazard_not_found');
  });
});
