import { assess } from '../../../../../src/domain/assessment/assess';
import { referenceDate } from '../../../../../src/domain/assessment/reference-date';
import { DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import { facts, hazard } from './fixtures';

describe('reference date: end of the CST window or the reading time if earlier', () => {
  it('is the last millisecond of the CST year when read afterwards', () => {
    // 2026-01-01T00:00 CST = 2025-12-31T16:00Z; minus 1 ms
    expect(referenceDate(2025, '2026-03-01T00:00:00.000Z')).toBe('2025-12-31T15:59:59.999Z');
  });

  it('is the reading time when read during the year (or as of a time in it)', () => {
    expect(referenceDate(2025, '2025-07-01T08:30:00+08:00')).toBe('2025-07-01T00:30:00.000Z');
  });

  it('judges hazards at the reading time during the year', () => {
    // Read 2025-03-20: H-1 (deadline 2025-04-01) is not yet overdue; rectified on 2025-05-01
    // later, it is not rectified yet either: 0 of 1 → rate 0 → deduction capped at 10.
    const h = hazard('H-1', { rectifiedAt: '2025-05-01T00:00:00.000Z' });
    const during = assess(DEFAULT_SCHEME, facts({ hazards: [h] }), '2025-03-20T00:00:00.000Z');
    expect(during.rectificationRate).toMatchObject({ rectified: 0, overdueGeneral: 0, rate: 0 });
    expect(during.sections.outcomes).toBe(30);
    // Read after the year: rectified by the reference, rate 100, nothing overdue.
    const after = assess(DEFAULT_SCHEME, facts({ hazards: [h] }), '2026-02-01T00:00:00.000Z');
    expect(after.rectificationRate).toMatchObject({ rectified: 1, rate: 100 });
    expect(after.sections.outcomes).toBe(40);
    expect(after.referenceDate).toBe('2025-12-31T15:59:59.999Z');
  });
});
