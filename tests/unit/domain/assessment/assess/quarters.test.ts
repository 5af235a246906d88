import { assess } from '../../../../../src/domain/assessment/assess';
import {
  factsBy,
  isQuarter,
  quarterEnd,
  quarterReference,
  quarterWindow,
} from '../../../../../src/domain/assessment/quarters';
import { DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import { action, facts, finding, hazard, incident, pointsOf, ref, taskScore } from './fixtures';

/** Q1 2025 ends 2025-03-31T23:59:59.999 CST. */
const Q1_END = '2025-03-31T23:59:59.999+08:00';
const Q1_NEXT = '2025-04-01T00:00:00.000+08:00';
const READ_LATER = '2026-03-01T00:00:00.000Z';

/** Assessed at Q1's end, read after the year. */
const atQ1 = (overrides: Parameters<typeof facts>[0]) => {
  const reference = quarterReference(2025, 1, READ_LATER);
  return assess(DEFAULT_SCHEME, factsBy(facts(overrides), reference), reference);
};

describe('quarters of the assessment year (季度考评), in China Standard Time', () => {
  it('ends each quarter at its last millisecond in CST', () => {
    expect(quarterEnd(2025, 1)).toBe(new Date(Q1_END).toISOString());
    expect(quarterEnd(2025, 1)).toBe('2025-03-31T15:59:59.999Z');
    expect(quarterEnd(2025, 2)).toBe('2025-06-30T15:59:59.999Z');
    expect(quarterEnd(2025, 3)).toBe('2025-09-30T15:59:59.999Z');
    // The fourth quarter ends with the year (reference-date.ts).
    expect(quarterEnd(2025, 4)).toBe('2025-12-31T15:59:59.999Z');
    expect(quarterWindow(2025, 1).startMs).toBe(Date.parse('2025-01-01T00:00:00+08:00'));
    expect(quarterWindow(2025, 2).startMs).toBe(quarterWindow(2025, 1).endMs);
  });

  it('takes the reading time as the reference when it is earlier than the quarter end', () => {
    expect(quarterReference(2025, 2, READ_LATER)).toBe('2025-06-30T15:59:59.999Z');
    expect(quarterReference(2025, 2, '2025-05-10T08:00:00+08:00')).toBe('2025-05-10T00:00:00.000Z');
    // A quarter not yet begun stands as the year does at the reading time.
    expect(quarterReference(2025, 4, '2025-05-10T08:00:00+08:00')).toBe('2025-05-10T00:00:00.000Z');
  });

  it('knows the quarters', () => {
    expect([0, 1, 2, 3, 4, 5, 2.5].map(isQuarter)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('facts by business date at a quarter end', () => {
  it('counts an incident at 23:59:59.999 CST on the quarter’s last day, not one at 00:00 the next day', () => {
    const last = incident('I-LAST', { occurredAt: Q1_END });
    const next = incident('I-NEXT', { occurredAt: Q1_NEXT });
    const result = atQ1({ incidents: [last, next] });
    // One general incident, no deaths: 2 points.
    expect(pointsOf(result.items, 'general_incident')).toEqual([-2]);
    expect(result.items.flatMap((i) => i.events)).toContainEqual(
      ref('incident-I-LAST', 'e-reported'),
    );
    expect(result.items.flatMap((i) => i.events)).not.toContainEqual(
      ref('incident-I-NEXT', 'e-reported'),
    );
  });

  it('does not count a task score evaluated after the quarter end, whenever it was recorded', () => {
    const inTime = { ...taskScore('T-1', 20), evaluatedAt: Q1_END };
    const late = { ...taskScore('T-2', 25), evaluatedAt: Q1_NEXT };
    const result = atQ1({ taskScores: [inTime, late] });
    expect(result.sections.tasks).toBe(20);
    expect(result.unscoredTasks.map((t) => t.code)).toEqual(['T-2']);
  });

  it('keeps the last recorded score among those evaluated by the quarter end', () => {
    // Recorded in this order: 18 (evaluated in Q1), 28 (evaluated in Q2), 22 (evaluated in Q1).
    const scores = [
      { ...taskScore('T-1', 18, 'e-1'), evaluatedAt: '2025-02-01T00:00:00+08:00' },
      { ...taskScore('T-1', 28, 'e-2'), evaluatedAt: '2025-05-01T00:00:00+08:00' },
      { ...taskScore('T-1', 22, 'e-3'), evaluatedAt: '2025-03-01T00:00:00+08:00' },
    ];
    expect(atQ1({ taskScores: scores }).sections.tasks).toBe(22);
  });

  it('counts findings, actions, commendations and hazards by their own dates', () => {
    const old = incident('I-OLD', { occurredAt: '2024-05-01T00:00:00+08:00' });
    const result = atQ1({
      taskScores: [],
      misreportingFindings: [
        finding('F-IN', old, 'late', Q1_END),
        finding('F-OUT', old, 'late', Q1_NEXT),
      ],
      accountabilityActions: [
        action('A-IN', { form: 'interview', decidedAt: Q1_END }),
        action('A-OUT', { form: 'interview', decidedAt: Q1_NEXT }),
      ],
      commendations: [
        { level: 'municipal', awardedAt: Q1_END, event: ref('assessment-2025-T1', 'e-c1') },
        { level: 'national', awardedAt: Q1_NEXT, event: ref('assessment-2025-T1', 'e-c2') },
      ],
      hazards: [
        hazard('H-IN', { identifiedAt: Q1_END, deadline: '2025-05-01T00:00:00+08:00' }),
        hazard('H-OUT', { identifiedAt: Q1_NEXT, deadline: '2025-05-01T00:00:00+08:00' }),
      ],
    });
    expect(pointsOf(result.items, 'misreporting_finding')).toEqual([-10]);
    expect(pointsOf(result.items, 'interview')).toEqual([-1]);
    expect(result.sections.bonus).toBe(0.5);
    // H-IN only: identified, not rectified → 0 of 1; H-OUT is not yet identified.
    expect(result.rectificationRate).toMatchObject({ identified: 1, rectified: 0 });
  });

  it('judges a hazard at the quarter end: rectified later, it is still overdue then', () => {
    const h = hazard('H-1', {
      identifiedAt: '2025-02-01T00:00:00+08:00',
      deadline: '2025-03-01T00:00:00+08:00',
      rectifiedAt: '2025-04-15T00:00:00+08:00',
    });
    const q1 = atQ1({ hazards: [h] });
    expect(q1.rectificationRate).toMatchObject({ identified: 1, rectified: 0, overdueGeneral: 1 });
    const q2Ref = quarterReference(2025, 2, READ_LATER);
    const q2 = assess(DEFAULT_SCHEME, factsBy(facts({ hazards: [h] }), q2Ref), q2Ref);
    expect(q2.rectificationRate).toMatchObject({ identified: 1, rectified: 1, overdueGeneral: 0 });
  });

  it('answers the reference date of the quarter', () => {
    expect(atQ1({}).referenceDate).toBe('2025-03-31T15:59:59.999Z');
  });

  it('is the year at the fourth quarter, but for scores evaluated after the year’s end', () => {
    const inYear = facts({
      incidents: [incident('I-1', { occurredAt: '2025-12-31T23:59:59.999+08:00' })],
      taskScores: [
        { ...taskScore('T-1', 30), evaluatedAt: '2025-12-20T09:00:00+08:00' },
        { ...taskScore('T-2', 30), evaluatedAt: '2025-12-31T23:59:59.999+08:00' },
      ],
    });
    const reference = quarterReference(2025, 4, READ_LATER);
    expect(assess(DEFAULT_SCHEME, factsBy(inYear, reference), reference)).toEqual(
      assess(DEFAULT_SCHEME, inYear, READ_LATER),
    );
    // The office may score the year in January: the year counts it, the fourth quarter does not.
    const scoredInJanuary = facts(); // both tasks evaluated 2026-01-10
    expect(assess(DEFAULT_SCHEME, scoredInJanuary, READ_LATER).sections.tasks).toBe(60);
    expect(
      assess(DEFAULT_SCHEME, factsBy(scoredInJanuary, reference), reference).sections.tasks,
    ).toBe(0);
  });
});

describe('escalation candidates at a quarter end', () => {
  it('count the orders issued by then, not those issued after', () => {
    const order = (id: string, issuedAt: string) => ({
      id,
      issuedAt,
      deadline: '2025-03-01T00:00:00.000Z',
      event: ref(`supervisionorder-${id}`, 'e-issued'),
    });
    const due = { deadline: '2025-03-10T00:00:00.000Z' };
    const overdueHazards = [hazard('H1', due), hazard('H2', due)];
    const early = order('O1', '2025-02-01T00:00:00.000Z');
    const late = order('O2', Q1_NEXT);
    expect(atQ1({ hazards: overdueHazards, orders: [late] }).escalations).toEqual([]);
    const [candidate] = atQ1({ hazards: overdueHazards, orders: [early, late] }).escalations;
    expect(candidate.items.map((i) => i.id)).toEqual(['O1', 'H1', 'H2']);
  });
});
