import { assess } from '../../../../../src/domain/assessment/assess';
import {
  roundForDisplay,
  roundPercentage,
  roundPoints,
  roundTo,
} from '../../../../../src/domain/assessment/display';
import { DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import { READING, facts, hazard, hazards } from './fixtures';

describe('rounding for display only', () => {
  it('rounds half away from zero on the decimal value', () => {
    expect(roundPoints(1.005)).toBe(1.01);
    expect(roundPoints(-8.335)).toBe(-8.34);
    expect(roundPoints(8.333333)).toBe(8.33);
    expect(roundPoints(-0.001)).toBe(0);
    expect(Object.is(roundPoints(-0.001), -0)).toBe(false);
    expect(roundPercentage(96.2419)).toBe(96.2);
    expect(roundPercentage((6810 / 7078) * 100)).toBe(96.2); // DOMAIN's example
    expect(roundTo(1e-7, 2)).toBe(0);
  });

  it('rounds points to 2 decimals and the rate to 1, keeping grade and veto from exact points', () => {
    // 13 of 15 rectified, 2 pending (not overdue): rate 86.666… → 86.7; deduction 8.333… → 8.33;
    // outcomes 31.666… → 31.67; score 60 + 31.666… = 91.666… → 91.67 (excellent)
    const open = [1, 2].map((n) => hazard(`P-${n}`, { deadline: '2026-06-01T00:00:00.000Z' }));
    const exact = assess(
      DEFAULT_SCHEME,
      facts({ hazards: [...hazards(13, 13), ...open] }),
      READING,
    );
    const shown = roundForDisplay(exact);
    expect(shown.rectificationRate.rate).toBe(86.7);
    expect(shown.sections).toEqual({ tasks: 60, outcomes: 31.67, bonus: 0 });
    expect(shown.score).toBe(91.67);
    expect(shown.items.find((i) => i.rule === 'rectification_rate')?.points).toBe(-8.33);
    expect(shown.grade).toBe(exact.grade);
    // the exact result is untouched
    expect(exact.score).toBeCloseTo(91.6667, 4);
  });
});
