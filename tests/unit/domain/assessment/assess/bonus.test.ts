import { assess } from '../../../../../src/domain/assessment/assess';
import type { CommendationFact } from '../../../../../src/domain/assessment/facts';
import { DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import { READING, facts, pointsOf, ref, taskScore } from './fixtures';

const commendation = (n: number, level: CommendationFact['level']): CommendationFact => ({
  level,
  awardedAt: '2025-11-01T00:00:00.000Z',
  event: ref('assessment-2025-T1', `e-commended-${n}`),
});

/** T-1 30 + T-2 20 = 50 tasks, outcomes 40: 90 before the bonus. */
const run = (commendations: CommendationFact[]) =>
  assess(
    DEFAULT_SCHEME,
    facts({ taskScores: [taskScore('T-1', 30), taskScore('T-2', 20)], commendations }),
    READING,
  );

describe('bonus (at most +5)', () => {
  it('adds national 2, provincial 1, municipal 0.5', () => {
    // 2 + 1 + 0.5 = 3.5 → 90 + 3.5 = 93.5
    const result = run([
      commendation(1, 'national'),
      commendation(2, 'provincial'),
      commendation(3, 'municipal'),
    ]);
    expect(result.sections.bonus).toBe(3.5);
    expect(pointsOf(result.items, 'commendation')).toEqual([2, 1, 0.5]);
    expect(result.score).toBe(93.5);
    expect(result.items.find((i) => i.rule === 'commendation')?.events).toEqual([
      ref('assessment-2025-T1', 'e-commended-1'),
    ]);
  });

  it('caps the bonus at 5 and explains the trim', () => {
    // 2 + 2 + 2 + 0.5 = 6.5 → capped 5; trim −1.5; 90 + 5 = 95
    const result = run([
      commendation(1, 'national'),
      commendation(2, 'national'),
      commendation(3, 'national'),
      commendation(4, 'municipal'),
    ]);
    expect(result.sections.bonus).toBe(5);
    expect(pointsOf(result.items, 'bonus_cap')).toEqual([-1.5]);
    expect(result.score).toBe(95);
    expect(result.items.find((i) => i.rule === 'bonus_cap')?.events).toHaveLength(4);
  });

  it('is exactly 5 without a trim at the cap', () => {
    // 2 + 2 + 1 = 5
    const result = run([
      commendation(1, 'national'),
      commendation(2, 'national'),
      commendation(3, 'provincial'),
    ]);
    expect(result.sections.bonus).toBe(5);
    expect(pointsOf(result.items, 'bonus_cap')).toEqual([]);
  });
});
