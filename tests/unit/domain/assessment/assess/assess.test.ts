import { assess } from '../../../../../src/domain/assessment/assess';
import type { AssessmentFacts } from '../../../../../src/domain/assessment/facts';
import type { AssessmentResult } from '../../../../../src/domain/assessment/result';
import { DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import {
  AGREEMENT_REF,
  READING,
  action,
  agreement,
  finding,
  hazard,
  hazards,
  holder,
  incident,
  liable,
  metricTask,
  ref,
  taskScore,
} from './fixtures';

/**
 * District D1 (under city C1), 2025, worked by hand:
 *
 * Tasks (60):
 *   T-1 office-scored 18 of 20                                   18
 *   T-2 inspections_conducted, target 10, actual 8: 20 × 8/10    16
 *   T-3 hazard_rectification_rate, target 100, actual 90.0:
 *       20 × 90/100                                              18   → 52
 * Outcomes (40):
 *   I1 general, 1 death, 2 serious: 2 + 2 + 1                    −5
 *   I2 larger                                                    −10
 *   I3 general, no casualties                                    −2
 *   (maxAccidents 3: 3 incidents; maxDeaths 5: 4; maxLargerAccidents 1: 1 — none exceeded)
 *   1 major hazard overdue × 3                                   −3
 *   1 general hazard overdue × 0.2                               −0.2
 *   rate 18/20 = 90.0: 95 − 90 = 5                               −5
 *   interview by C1                                              −1
 *   circular decided by D1 itself (not an ancestor)               0   → 40 − 26.2 = 13.8
 * Bonus: provincial                                              +1
 * Score 52 + 13.8 + 1 = 66.8: pass, yellow card; a district is not vetoed by one larger incident.
 */
const worked = (overrides: Partial<AssessmentFacts> = {}): AssessmentFacts => ({
  year: 2025,
  unit: { id: 'D1', name: '城东区', kind: 'district', parentId: 'C1', ancestors: ['C1'] },
  agreement: agreement({
    id: 'A-2025-D1',
    controlIndicators: { maxAccidents: 3, maxDeaths: 5, maxLargerAccidents: 1 },
    tasks: [
      { code: 'T-1', title: '落实安全生产责任', weight: 20 },
      metricTask('T-2', 20, 'inspections_conducted', 10),
      metricTask('T-3', 20, 'hazard_rectification_rate', 100),
    ],
  }),
  taskScores: [taskScore('T-1', 18)],
  metrics: {
    preIncidentPenaltyCases: [],
    inspectionsConducted: Array.from({ length: 8 }, (_, i) =>
      ref(`inspection-N${i}`, 'e-conducted'),
    ),
    agreementCoverage: { childUnits: 0, covered: [] },
  },
  incidents: [
    incident('I1', { deaths: 1, seriousInjuries: 2, occurredAt: '2025-02-01T00:00:00.000Z' }),
    incident('I2', {
      grade: 'larger',
      deaths: 3,
      occurredAt: '2025-04-01T00:00:00.000Z',
      postHoldersAtOccurrence: [holder('P-pri', 'principal', '王区长')],
      liable: [liable('I2', { personId: 'P-x', personName: '李四' })],
    }),
    incident('I3', { occurredAt: '2025-08-01T00:00:00.000Z' }),
  ],
  misreportingFindings: [],
  hazards: [
    ...hazards(18, 18),
    hazard('H-general-overdue'),
    hazard('H-major-overdue', { level: 'major', rectifiedAt: '2025-03-20T00:00:00.000Z' }),
  ],
  accountabilityActions: [
    action('X1', { form: 'interview', decidingUnitId: 'C1', targetUnitId: 'D1' }),
    action('X2', { form: 'circular', decidingUnitId: 'D1', targetUnitId: 'D1' }),
  ],
  commendations: [
    {
      level: 'provincial',
      awardedAt: '2025-10-01T00:00:00.000Z',
      event: ref('assessment-2025-D1', 'e-commended'),
    },
  ],
  statistics: null,
  finalization: null,
  ...overrides,
});

/** Every item, veto and bar names at least one event; the items add up to the sections. */
function expectExplained(result: AssessmentResult) {
  for (const item of result.items) expect(item.events.length).toBeGreaterThan(0);
  for (const reason of result.vetoReasons) expect(reason.events.length).toBeGreaterThan(0);
  for (const bar of result.promotionBars) expect(bar.events.length).toBeGreaterThan(0);
  const total = (section: string) =>
    result.items.filter((i) => i.section === section).reduce((s, i) => s + i.points, 0);
  expect(total('tasks')).toBeCloseTo(result.sections.tasks, 9);
  expect(DEFAULT_SCHEME.outcomes.points + total('outcomes')).toBeCloseTo(
    result.sections.outcomes,
    9,
  );
  expect(total('bonus')).toBeCloseTo(result.sections.bonus, 9);
}

describe('assess: a worked example', () => {
  const result = assess(DEFAULT_SCHEME, worked(), READING);

  it('adds up tasks, outcomes and bonus', () => {
    expect(result.sections.tasks).toBeCloseTo(52, 12);
    expect(result.sections.outcomes).toBeCloseTo(13.8, 12);
    expect(result.sections.bonus).toBe(1);
    expect(result.score).toBeCloseTo(66.8, 12);
    expect(result).toMatchObject({
      unitId: 'D1',
      unitName: '城东区',
      unitKind: 'district',
      year: 2025,
      assessed: true,
      agreementId: 'A-2025-D1',
      referenceDate: '2025-12-31T15:59:59.999Z',
      finalized: false,
      grade: 'pass',
      vetoed: false,
      vetoReasons: [],
      yellowCard: true,
      unscoredTasks: [],
      promotionBars: [],
      awardDisqualified: false,
    });
    expect(result.rectificationRate).toEqual({
      identified: 20,
      rectified: 18,
      rate: 90,
      overdueMajor: 1,
      overdueGeneral: 1,
    });
    expect(result.controlIndicators.map((c) => [c.indicator, c.actual, c.exceeded])).toEqual([
      ['maxAccidents', 3, false],
      ['maxDeaths', 4, false],
      ['maxLargerAccidents', 1, false],
    ]);
  });

  it('explains every point with its events', () => {
    expect(result.items.map((i) => [i.section, i.rule, i.points])).toEqual([
      ['tasks', 'task', 18],
      ['tasks', 'task', 16],
      ['tasks', 'task', 18],
      ['outcomes', 'general_incident', -5],
      ['outcomes', 'larger_or_worse_incident', -10],
      ['outcomes', 'general_incident', -2],
      ['outcomes', 'overdue_major_hazards', -3],
      ['outcomes', 'overdue_general_hazards', -0.2],
      ['outcomes', 'rectification_rate', -5],
      ['outcomes', 'interview', -1],
      ['bonus', 'commendation', 1],
    ]);
    expectExplained(result);
    expect(result.items[1].events).toEqual([
      AGREEMENT_REF,
      ...Array.from({ length: 8 }, (_, i) => ref(`inspection-N${i}`, 'e-conducted')),
    ]);
    expect(result.items[6].events).toEqual([ref('hazard-H-major-overdue', 'e-identified')]);
    expect(result.items[9].events).toEqual([ref('accountability-X1', 'e-decided')]);
  });

  it('vetoes, bars and fails the same district once a misreporting finding is established', () => {
    // + finding on I2 (concealed) naming D1 responsible: −10 → outcomes 3.8, score 56.8; vetoed:
    // fail, no yellow card.
    const facts = worked();
    const i2 = facts.incidents[1];
    const vetoed = assess(
      DEFAULT_SCHEME,
      worked({ misreportingFindings: [finding('F1', i2, 'concealed', undefined, ['D1'])] }),
      READING,
    );
    expect(vetoed.sections.outcomes).toBeCloseTo(3.8, 12);
    expect(vetoed.score).toBeCloseTo(56.8, 12);
    expect(vetoed).toMatchObject({
      vetoed: true,
      grade: 'fail',
      yellowCard: false,
      awardDisqualified: true,
    });
    expect(vetoed.promotionBars.map((b) => [b.personId, b.post, b.barredYear])).toEqual([
      ['P-pri', 'principal', 2026],
      ['P-x', null, 2026],
    ]);
    expectExplained(vetoed);
  });

  it('is explained line by line in a rich vetoed case too (floor and bonus cap)', () => {
    const many = Array.from({ length: 6 }, (_, n) =>
      incident(`L${n}`, { grade: 'larger', occurredAt: `2025-0${n + 1}-03T00:00:00.000Z` }),
    );
    const commendations = [1, 2, 3].map((n) => ({
      level: 'national' as const,
      awardedAt: '2025-10-01T00:00:00.000Z',
      event: ref('assessment-2025-D1', `e-commended-${n}`),
    }));
    const rich = assess(DEFAULT_SCHEME, worked({ incidents: many, commendations }), READING);
    // 6 larger × 10 = 60; maxAccidents 3 (6) and maxLargerAccidents 1 (6) exceeded: 5 + 5;
    // hazards 3 + 0.2 + 5; interview 1 → 79.2 > 40: outcomes 0 with a floor item of +39.2.
    // Bonus 2 + 2 + 2 = 6 → 5 with a trim of −1. Score 52 + 0 + 5 = 57, vetoed.
    expect(rich.sections.outcomes).toBe(0);
    expect(rich.items.find((i) => i.rule === 'outcomes_floor')?.points).toBeCloseTo(39.2, 12);
    expect(rich.sections.bonus).toBe(5);
    expect(rich.items.find((i) => i.rule === 'bonus_cap')?.points).toBe(-1);
    expect(rich.score).toBeCloseTo(57, 12);
    expect(rich.vetoed).toBe(true);
    expect(rich.vetoReasons.map((r) => r.rule)).toEqual([
      'incidents:larger:3',
      'control_indicator:maxAccidents',
      'control_indicator:maxLargerAccidents',
    ]);
    // maxAccidents 3 was broken by the 4th incident (L3), maxLargerAccidents 1 by the 2nd (L1)
    expect(rich.controlIndicators.map((c) => c.pushedPastCapBy?.incidentId ?? null)).toEqual([
      'L3',
      null,
      'L1',
    ]);
    expectExplained(rich);
  });
});
