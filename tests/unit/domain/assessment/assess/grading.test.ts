import { assess } from '../../../../../src/domain/assessment/assess';
import { gradeFor, isYellowCard } from '../../../../../src/domain/assessment/grading';
import { DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import { READING, facts, taskScore } from './fixtures';

/** T-1 30 + T-2 `t2` + outcomes 40: the score is 70 + t2. */
const scoreWith = (t2: number) =>
  assess(
    DEFAULT_SCHEME,
    facts({ taskScores: [taskScore('T-1', 30), taskScore('T-2', t2)] }),
    READING,
  );

describe('grade thresholds (excellent ≥ 90, good ≥ 80, pass ≥ 60)', () => {
  it.each([
    [20, 90, 'excellent'],
    [19.99, 89.99, 'good'],
    [10, 80, 'good'],
    [9.99, 79.99, 'pass'],
  ])('T-2 %p → score %p → %s', (t2, score, grade) => {
    const result = scoreWith(t2);
    expect(result.score).toBeCloseTo(score, 12);
    expect(result.grade).toBe(grade);
  });

  it.each([
    [60, 'pass'],
    [59.99, 'fail'],
    [0, 'fail'],
    [100, 'excellent'],
  ])('score %p → %s', (score, grade) => {
    expect(gradeFor(DEFAULT_SCHEME, score, false)).toBe(grade);
  });

  it('reaches a bound through sums with floating-point noise (0.1 + 0.2 style)', () => {
    // 0.1 + 64.1 + 25.8 is 90 exactly, but 89.99999999999999 in binary: still excellent
    const noisy = 0.1 + 64.1 + 25.8;
    expect(noisy).toBeLessThan(90);
    expect(gradeFor(DEFAULT_SCHEME, noisy, false)).toBe('excellent');
    // 59.7 + 0.1 + 0.2 is 60.00000000000001: still pass, and yellow (not ≥ 70)
    expect(isYellowCard(DEFAULT_SCHEME, 59.7 + 0.1 + 0.2, false)).toBe(true);
  });

  it('makes a vetoed unit fail whatever the score', () => {
    expect(gradeFor(DEFAULT_SCHEME, 98, true)).toBe('fail');
  });
});

describe('yellow card (not vetoed and 60 ≤ score < 70)', () => {
  it.each([
    [60, true],
    [69.99, true],
    [70, false],
    [59.99, false],
  ])('score %p → %p', (score, yellow) => {
    expect(isYellowCard(DEFAULT_SCHEME, score, false)).toBe(yellow);
  });

  it('is not given to a vetoed unit', () => {
    expect(isYellowCard(DEFAULT_SCHEME, 65, true)).toBe(false);
  });

  it('shows on the result: 25 + 0 + 40 = 65', () => {
    // 30 + 0 + 40 = 70 (no card); with T-1 25: 25 + 0 + 40 = 65 (card)
    expect(scoreWith(0).yellowCard).toBe(false);
    const result = assess(
      DEFAULT_SCHEME,
      facts({ taskScores: [taskScore('T-1', 25), taskScore('T-2', 0)] }),
      READING,
    );
    expect(result.score).toBe(65);
    expect(result).toMatchObject({ grade: 'pass', yellowCard: true, vetoed: false });
  });
});
