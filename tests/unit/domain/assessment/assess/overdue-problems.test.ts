import { assess } from '../../../../../src/domain/assessment/assess';
import type { ProblemFact } from '../../../../../src/domain/assessment/facts';
import { type AssessmentScheme, DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import { facts, READING, ref } from './fixtures';

/** Raised in May, due 2025-06-30 (CST midnight), not rectified: overdue at the year's end. */
const problem = (id: string, overrides: Partial<ProblemFact> = {}): ProblemFact => ({
  id,
  raisedAt: '2025-05-01T02:00:00.000Z',
  initialDeadline: '2025-06-30T16:00:00.000Z',
  event: ref(`problem-${id}`, `e-raised-${id}`),
  extensions: [],
  rectifications: [],
  ...overrides,
});

const withWeight = (overdueProblem: AssessmentScheme['outcomes']['overdueProblem']) => ({
  ...DEFAULT_SCHEME,
  outcomes: { ...DEFAULT_SCHEME.outcomes, overdueProblem },
});

const itemsOf = (result: ReturnType<typeof assess>) =>
  result.items.filter((item) => item.rule === 'overdue_problems');

describe('problems raised by patrols in the assessment', () => {
  it('costs 1 point per problem overdue at the reference date, naming each raising', () => {
    const result = assess(
      DEFAULT_SCHEME,
      facts({ problems: [problem('P1'), problem('P2')] }),
      READING,
    );
    expect(itemsOf(result)).toEqual([
      {
        section: 'outcomes',
        rule: 'overdue_problems',
        label: '巡查督查发现问题逾期未整改 2 项 × 1，封顶 5',
        points: -2,
        provisional: false,
        events: [ref('problem-P1', 'e-raised-P1'), ref('problem-P2', 'e-raised-P2')],
      },
    ]);
    expect(result.score).toBe(98);
  });

  it('costs at most 5 points', () => {
    const many = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'].map((id) => problem(id));
    const [item] = itemsOf(assess(DEFAULT_SCHEME, facts({ problems: many }), READING));
    expect(item.points).toBe(-5);
    expect(item.events).toHaveLength(7);
  });

  it('counts no problem rectified by then, or not yet due, or raised after the year', () => {
    const rectified = problem('P1', {
      rectifications: [
        { rectifiedAt: '2025-06-01T00:00:00.000Z', event: ref('problem-P1', 'e-r') },
      ],
    });
    const failed = problem('P2', {
      rectifications: [
        {
          rectifiedAt: '2025-06-01T00:00:00.000Z',
          event: ref('problem-P2', 'e-r'),
          verification: {
            passed: false,
            verifiedAt: '2025-06-05T00:00:00.000Z',
            event: ref('problem-P2', 'e-v'),
          },
        },
      ],
    });
    const extended = problem('P3', {
      extensions: [
        {
          deadline: '2026-03-31T16:00:00.000Z',
          extendedAt: '2025-06-01T00:00:00.000Z',
          event: ref('problem-P3', 'e-x'),
        },
      ],
    });
    const later = problem('P4', {
      raisedAt: '2026-01-05T00:00:00.000Z',
      initialDeadline: '2026-01-10T00:00:00.000Z',
    });
    const [item] = itemsOf(
      assess(DEFAULT_SCHEME, facts({ problems: [rectified, failed, extended, later] }), READING),
    );
    expect(item.events).toEqual([ref('problem-P2', 'e-raised-P2')]);
  });

  it('counts a problem carried over from an earlier year while it is still overdue', () => {
    const old = problem('P0', {
      raisedAt: '2024-10-01T00:00:00.000Z',
      initialDeadline: '2024-11-01T00:00:00.000Z',
    });
    expect(itemsOf(assess(DEFAULT_SCHEME, facts({ problems: [old] }), READING))[0].points).toBe(-1);
  });

  it('judges at the reading time within the year: due exactly now is not overdue', () => {
    const due = problem('P1');
    expect(
      itemsOf(assess(DEFAULT_SCHEME, facts({ problems: [due] }), due.initialDeadline)),
    ).toEqual([]);
    const after = new Date(Date.parse(due.initialDeadline) + 1).toISOString();
    expect(itemsOf(assess(DEFAULT_SCHEME, facts({ problems: [due] }), after))).toHaveLength(1);
  });

  it('names the extension in force with the problem', () => {
    const extended = problem('P1', {
      extensions: [
        {
          deadline: '2025-08-31T16:00:00.000Z',
          extendedAt: '2025-06-01T00:00:00.000Z',
          event: ref('problem-P1', 'e-x'),
        },
      ],
    });
    const [item] = itemsOf(assess(DEFAULT_SCHEME, facts({ problems: [extended] }), READING));
    expect(item.events).toEqual([ref('problem-P1', 'e-raised-P1'), ref('problem-P1', 'e-x')]);
  });

  it('takes the weight a published scheme sets, and none when it switches the rule off', () => {
    const problems = [problem('P1'), problem('P2'), problem('P3')];
    const heavier = itemsOf(
      assess(withWeight({ each: 2, cap: null }), facts({ problems }), READING),
    );
    expect(heavier[0]).toMatchObject({ points: -6, label: '巡查督查发现问题逾期未整改 3 项 × 2' });
    const off = assess(withWeight({ each: 0, cap: 5 }), facts({ problems }), READING);
    expect(itemsOf(off)).toEqual([]);
    expect(off.score).toBe(100);
  });

  it('answers as before for facts without problems (a store of the release before patrols)', () => {
    const { problems: _, ...before } = facts({ problems: [] });
    expect(assess(DEFAULT_SCHEME, before, READING)).toEqual(
      assess(DEFAULT_SCHEME, facts({ problems: [] }), READING),
    );
  });
});
