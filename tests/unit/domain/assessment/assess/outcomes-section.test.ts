import { assess } from '../../../../../src/domain/assessment/assess';
import { DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import type { AssessmentFacts } from '../../../../../src/domain/assessment/facts';
import {
  READING,
  action,
  agreement,
  facts,
  finding,
  hazard,
  hazards,
  holder,
  incident,
  incidentRef,
  pointsOf,
  ref,
} from './fixtures';

const run = (overrides: Partial<AssessmentFacts>) =>
  assess(DEFAULT_SCHEME, facts(overrides), READING);

/** Not overdue at the reference (2025-12-31T15:59:59.999Z): the deadline is in 2026. */
const LATE_DEADLINE = '2026-06-01T00:00:00.000Z';
const pending = (id: string) => hazard(id, { deadline: LATE_DEADLINE });

describe('outcome deductions (default scheme, 40 points)', () => {
  it('starts from 40 with nothing to deduct', () => {
    const result = run({});
    expect(result.sections.outcomes).toBe(40);
    expect(result.items.filter((i) => i.section === 'outcomes')).toEqual([]);
  });

  describe('incidents', () => {
    it('deducts 2 + 2 per death + 0.5 per serious injury for a general incident', () => {
      // 2 + 2 × 1 death + 0.5 × 3 serious injuries = 5.5 → 40 − 5.5 = 34.5
      const result = run({ incidents: [incident('I1', { deaths: 1, seriousInjuries: 3 })] });
      expect(pointsOf(result.items, 'general_incident')).toEqual([-5.5]);
      expect(result.sections.outcomes).toBe(34.5);
      expect(result.items.find((i) => i.rule === 'general_incident')?.events).toEqual([
        incidentRef('I1'),
      ]);
    });

    it('deducts a flat 10 for each larger or worse incident, whatever the casualties', () => {
      // larger (5 deaths) 10 + major (12 deaths) 10 = 20 → 40 − 20 = 20
      const result = run({
        incidents: [
          incident('I1', { grade: 'larger', deaths: 5 }),
          incident('I2', { grade: 'major', deaths: 12, occurredAt: '2025-08-01T00:00:00.000Z' }),
        ],
      });
      expect(pointsOf(result.items, 'larger_or_worse_incident')).toEqual([-10, -10]);
      expect(result.sections.outcomes).toBe(20);
    });

    it('counts incidents by their CST date: 2025-12-31T17:30Z is in 2026, 2024-12-31T16:00Z in 2025', () => {
      // only I-in counts: 2 + 0 + 0 = 2 → 38
      const result = run({
        incidents: [
          incident('I-out', { occurredAt: '2025-12-31T17:30:00.000Z' }),
          incident('I-in', { occurredAt: '2024-12-31T16:00:00.000Z' }),
        ],
      });
      expect(result.sections.outcomes).toBe(38);
      expect(result.items.map((i) => i.events[0])).toContainEqual(incidentRef('I-in'));
      expect(result.items.flatMap((i) => i.events)).not.toContainEqual(incidentRef('I-out'));
    });
  });

  it('deducts 5 for each control indicator exceeded', () => {
    // maxAccidents 1, two general incidents without casualties: 2 + 2 + 5 = 9 → 31
    const result = run({
      agreement: agreement({ controlIndicators: { maxAccidents: 1 } }),
      incidents: [
        incident('I1', { occurredAt: '2025-02-01T00:00:00.000Z' }),
        incident('I2', { occurredAt: '2025-05-01T00:00:00.000Z' }),
      ],
    });
    expect(pointsOf(result.items, 'control_indicator_exceeded')).toEqual([-5]);
    expect(result.sections.outcomes).toBe(31);
  });

  it('deducts 10 for each misreporting finding of the year, on incidents of earlier years too', () => {
    // The incident of 2023 is not an incident of 2025 (no incident deduction); its two findings
    // established in 2025 are: 10 + 10 = 20 → 20. A finding established in 2024 does not count.
    const old = incident('I-2023', { occurredAt: '2023-04-01T00:00:00.000Z' });
    const result = run({
      misreportingFindings: [
        finding('F1', old, 'concealed', '2025-03-01T00:00:00.000Z'),
        finding('F2', old, 'false', '2025-04-01T00:00:00.000Z'),
        finding('F0', old, 'late', '2024-11-01T00:00:00.000Z'),
      ],
    });
    expect(pointsOf(result.items, 'misreporting_finding')).toEqual([-10, -10]);
    expect(result.sections.outcomes).toBe(20);
  });

  it('ignores a finding on an incident more than three years before the window', () => {
    // 2021 is before 2022-01-01 CST (2025 − 3): not a finding of 2025.
    const ancient = incident('I-2021', { occurredAt: '2021-12-31T15:00:00.000Z' });
    const result = run({ misreportingFindings: [finding('F1', ancient)] });
    expect(result.sections.outcomes).toBe(40);
    expect(result.vetoed).toBe(false);
  });

  describe('overdue hazards', () => {
    it('deducts 3 per overdue major hazard without a cap', () => {
      // 6 major overdue + 114 general rectified: rate 114/120 = 95.0 (not below, no deduction);
      // 6 × 3 = 18 (more than any other cap: still 18) → 40 − 18 = 22
      const majors = Array.from({ length: 6 }, (_, i) => hazard(`M-${i}`, { level: 'major' }));
      const result = run({ hazards: [...majors, ...hazards(114, 114)] });
      expect(pointsOf(result.items, 'overdue_major_hazards')).toEqual([-18]);
      expect(pointsOf(result.items, 'rectification_rate')).toEqual([]);
      expect(result.sections.outcomes).toBe(22);
      expect(result.rectificationRate).toMatchObject({ overdueMajor: 6, overdueGeneral: 0 });
    });

    it('deducts 0.2 per overdue general hazard', () => {
      // 3 overdue of 60 (57 rectified → 95.0, no rate deduction): 3 × 0.2 = 0.6 → 39.4
      const result = run({ hazards: hazards(60, 57) });
      expect(pointsOf(result.items, 'overdue_general_hazards')[0]).toBeCloseTo(-0.6, 12);
      expect(result.sections.outcomes).toBeCloseTo(39.4, 12);
    });

    it('caps overdue general hazards at 5 in all', () => {
      // 30 overdue of 600 (570 rectified → 95.0): 30 × 0.2 = 6 → capped at 5 → 35
      const result = run({ hazards: hazards(600, 570) });
      expect(pointsOf(result.items, 'overdue_general_hazards')).toEqual([-5]);
      expect(result.sections.outcomes).toBe(35);
      const item = result.items.find((i) => i.rule === 'overdue_general_hazards');
      expect(item?.events).toHaveLength(30);
    });

    it('uses the latest extension granted by the reference date', () => {
      const extendedInTime = hazard('H-1', {
        extensions: [{ deadline: LATE_DEADLINE, extendedAt: '2025-03-20T00:00:00.000Z' }],
      });
      const extendedTooLate = hazard('H-2', {
        extensions: [{ deadline: LATE_DEADLINE, extendedAt: '2026-01-05T00:00:00.000Z' }],
      });
      const result = run({ hazards: [extendedInTime, extendedTooLate, ...hazards(38, 38)] });
      // only H-2 is overdue: 0.2 (rate 38/40 = 95.0, no rate deduction)
      expect(result.rectificationRate.overdueGeneral).toBe(1);
      const item = result.items.find((i) => i.rule === 'overdue_general_hazards');
      expect(item?.events).toEqual([ref('hazard-H-2', 'e-identified')]);
    });

    it('is not overdue exactly at the deadline, and judges at the reading time when earlier', () => {
      // Read on 2025-04-01T00:00Z: H-1's deadline is that instant (not overdue), H-2's passed.
      const result = assess(
        DEFAULT_SCHEME,
        facts({
          hazards: [
            hazard('H-1', { deadline: '2025-04-01T00:00:00.000Z' }),
            hazard('H-2', { deadline: '2025-03-31T23:59:59.999Z' }),
          ],
        }),
        '2025-04-01T00:00:00.000Z',
      );
      expect(result.referenceDate).toBe('2025-04-01T00:00:00.000Z');
      expect(result.rectificationRate.overdueGeneral).toBe(1);
    });
  });

  describe('rectification rate', () => {
    it('deducts 1 per point short of 95.0 on the unrounded rate: 13 of 15 → 86.7 shown, 8.33… deducted', () => {
      // 13/15 × 100 = 86.666…; 95 − 86.666… = 8.333… (not 95 − 86.7 = 8.3) → 40 − 8.333… = 31.666…
      const rest = [pending('P-1'), pending('P-2')];
      const result = run({ hazards: [...hazards(13, 13), ...rest] });
      expect(result.rectificationRate.rate).toBeCloseTo(86.6667, 4);
      const [points] = pointsOf(result.items, 'rectification_rate');
      expect(points).toBeCloseTo(-(95 - (13 / 15) * 100), 12);
      expect(points).toBeCloseTo(-8.3333, 4);
      expect(result.sections.outcomes).toBeCloseTo(31.6667, 4);
      const item = result.items.find((i) => i.rule === 'rectification_rate');
      expect(item?.label).toContain('86.7%');
      // the shortfall: the two hazards not rectified
      expect(item?.events).toEqual([
        ref('hazard-P-1', 'e-identified'),
        ref('hazard-P-2', 'e-identified'),
      ]);
    });

    it('deducts exactly 8.3 for an unrounded 86.7 (867 of 1,000)', () => {
      // 867/1000 = 86.7 exactly; 95.0 − 86.7 = 8.3 → 31.7
      const rest = Array.from({ length: 133 }, (_, i) => pending(`P-${i}`));
      const result = run({ hazards: [...hazards(867, 867), ...rest] });
      expect(pointsOf(result.items, 'rectification_rate')[0]).toBeCloseTo(-8.3, 12);
      expect(result.sections.outcomes).toBeCloseTo(31.7, 12);
    });

    it('caps the rate deduction at 10', () => {
      // 0 of 10 → rate 0.0; 95 − 0 = 95 → capped at 10 → 30
      const result = run({ hazards: Array.from({ length: 10 }, (_, i) => pending(`P-${i}`)) });
      expect(result.rectificationRate.rate).toBe(0);
      expect(pointsOf(result.items, 'rectification_rate')).toEqual([-10]);
      expect(result.sections.outcomes).toBe(30);
    });

    it('is 100.0 with no hazard identified, and deducts nothing', () => {
      const result = run({ hazards: [] });
      expect(result.rectificationRate).toEqual({
        identified: 0,
        rectified: 0,
        rate: 100,
        overdueMajor: 0,
        overdueGeneral: 0,
      });
    });

    it('counts a major hazard only once verified passed, a general one unless a verification failed', () => {
      const rectifiedAt = '2025-03-15T00:00:00.000Z';
      const result = run({
        hazards: [
          // counted: general rectified, verification pending
          hazard('G-1', { rectifiedAt, deadline: LATE_DEADLINE }),
          // not counted: general rectified but failed its verification
          hazard('G-2', {
            rectifiedAt,
            deadline: LATE_DEADLINE,
            verification: { passed: false, verifiedAt: '2025-03-20T00:00:00.000Z' },
          }),
          // not counted: major rectified, not yet verified
          hazard('M-1', { level: 'major', rectifiedAt, deadline: LATE_DEADLINE }),
          // counted: major verified passed
          hazard('M-2', {
            level: 'major',
            rectifiedAt,
            deadline: LATE_DEADLINE,
            verification: { passed: true, verifiedAt: '2025-03-20T00:00:00.000Z' },
          }),
          // not counted: verified passed after the reference date
          hazard('M-3', {
            level: 'major',
            rectifiedAt,
            deadline: LATE_DEADLINE,
            verification: { passed: true, verifiedAt: '2026-01-02T00:00:00.000Z' },
          }),
        ],
      });
      // 2 of 5 = 40.0 → 95 − 40 = 55 → capped 10
      expect(result.rectificationRate).toMatchObject({ identified: 5, rectified: 2, rate: 40 });
      expect(pointsOf(result.items, 'rectification_rate')).toEqual([-10]);
    });

    it('counts only hazards identified in the window', () => {
      // A 2024 hazard still open does not lower 2025's rate; overdue, it costs 0.2 (carried over).
      const result = run({
        hazards: [hazard('H-2024', { identifiedAt: '2024-05-01T00:00:00.000Z' })],
      });
      expect(result.rectificationRate).toMatchObject({ identified: 0, rate: 100 });
      expect(pointsOf(result.items, 'rectification_rate')).toEqual([]);
      expect(result.sections.outcomes).toBeCloseTo(39.8, 12);
    });
  });

  describe('accountability actions', () => {
    it('deducts 2 per circular and 1 per interview decided by a territorial ancestor', () => {
      // circular by D1 (parent) 2 + interview by C1 (grandparent) 1 = 3 → 37
      const result = run({
        accountabilityActions: [
          action('X1', { form: 'circular', decidingUnitId: 'D1' }),
          action('X2', { form: 'interview', decidingUnitId: 'C1' }),
        ],
      });
      expect(pointsOf(result.items, 'circular')).toEqual([-2]);
      expect(pointsOf(result.items, 'interview')).toEqual([-1]);
      expect(result.sections.outcomes).toBe(37);
    });

    it('explains an action by the names of the units and the person, not their codes', () => {
      const result = run({
        accountabilityActions: [
          action('X1', {
            form: 'interview',
            targetPersonId: 'P1',
            names: { decidingUnit: '示范区', targetUnit: '城关镇', targetPerson: '王镇长' },
          }),
        ],
      });
      const item = result.items.find((i) => i.rule === 'interview')!;
      expect(item.label).toBe('约谈：示范区 对 城关镇 王镇长，2025-07-01');
      expect(item.events).toEqual([ref('accountability-X1', 'e-decided')]);
    });

    it('does not count a circular by a unit that is not a territorial ancestor', () => {
      // DEP1 is a department of D1, not in T1's parent chain
      const result = run({ accountabilityActions: [action('X1', { decidingUnitId: 'DEP1' })] });
      expect(result.sections.outcomes).toBe(40);
    });

    it('does not count actions against other units, descendants included', () => {
      const result = run({
        accountabilityActions: [
          action('X1', { targetUnitId: 'V1' }), // village under T1
          action('X2', { targetUnitId: 'T2' }), // sibling town
        ],
      });
      expect(result.sections.outcomes).toBe(40);
    });

    it('counts an action naming both a person and the unit once', () => {
      // one circular against T1 and its principal P1: 2, not 2 + 2 → 38 — even when the read side
      // lists it twice (once as against the unit, once as against the post holder)
      const both = action('X1', { targetUnitId: 'T1', targetPersonId: 'P1' });
      const result = run({ accountabilityActions: [both, both] });
      expect(pointsOf(result.items, 'circular')).toEqual([-2]);
      expect(result.sections.outcomes).toBe(38);
    });

    it('counts an action against a post holder of the unit named with another unit', () => {
      const result = run({
        accountabilityActions: [
          action('X1', { targetUnitId: 'DEP9', targetPersonId: 'P1', targetsPostHolder: true }),
        ],
      });
      expect(result.sections.outcomes).toBe(38);
    });

    it('deducts nothing for other forms or actions decided in another year', () => {
      const result = run({
        accountabilityActions: [
          action('X1', { form: 'admonition' }),
          action('X2', { decidedAt: '2024-07-01T00:00:00.000Z' }),
        ],
      });
      expect(result.sections.outcomes).toBe(40);
    });
  });

  it('floors the section at 0 and explains the floor', () => {
    // 5 larger incidents (a town: vetoed too): 5 × 10 = 50 > 40 → outcomes 0;
    // a floor item of +10 (50 − 40) keeps −50 + 10 = −40 = 0 − 40
    const result = run({
      incidents: [1, 2, 3, 4, 5].map((n) =>
        incident(`I${n}`, {
          grade: 'larger',
          deaths: 3,
          occurredAt: `2025-0${n}-10T00:00:00.000Z`,
        }),
      ),
    });
    expect(result.sections.outcomes).toBe(0);
    expect(pointsOf(result.items, 'outcomes_floor')).toEqual([10]);
    expect(result.score).toBe(60);
    const outcomeItems = result.items.filter((i) => i.section === 'outcomes');
    expect(40 + outcomeItems.reduce((s, i) => s + i.points, 0)).toBe(0);
  });
});

/** 2026 read well after its end. */
const READING_2026 = '2027-03-01T00:00:00.000Z';
const runIn = (overrides: Partial<AssessmentFacts>, year = 2025) =>
  assess(DEFAULT_SCHEME, facts({ year, ...overrides }), year === 2025 ? READING : READING_2026);

describe('which year a misreporting finding counts in (CST, by the date it is established)', () => {
  const about = incident('I1', {
    occurredAt: '2025-11-01T00:00:00.000Z',
    postHoldersAtOccurrence: [holder('P-sec', 'party_secretary')],
  });
  // 2026-01-01 00:00 CST: a finding of 2026, not of 2025.
  const newYear = finding('F1', about, 'late', '2025-12-31T16:00:00.000Z', ['T1']);

  it('established at 00:00 CST on 1 January counts in the new year only', () => {
    const in2025 = runIn({ incidents: [about], misreportingFindings: [newYear] });
    expect(pointsOf(in2025.items, 'misreporting_finding')).toEqual([]);
    expect(in2025.vetoed).toBe(false);
    expect(in2025.promotionBars).toEqual([]);

    const in2026 = runIn({ incidents: [about], misreportingFindings: [newYear] }, 2026);
    expect(pointsOf(in2026.items, 'misreporting_finding')).toEqual([-10]);
    // The incident of 2025 is no incident of 2026: only the finding deducts.
    expect(pointsOf(in2026.items, 'general_incident')).toEqual([]);
    expect(in2026.vetoReasons.map((v) => v.rule)).toEqual(['misreporting:late']);
    expect(in2026.promotionBars.map((b) => [b.personId, b.barredYear])).toEqual([['P-sec', 2027]]);
  });

  it('established at 23:59:59.999 CST on 31 December counts in that year', () => {
    const lastMs = finding('F1', about, 'late', '2025-12-31T15:59:59.999Z', ['T1']);
    const result = runIn({ incidents: [about], misreportingFindings: [lastMs] });
    expect(pointsOf(result.items, 'misreporting_finding')).toEqual([-10]);
    expect(result.vetoed).toBe(true);
  });
});

describe('the three years before the window (findings on earlier incidents)', () => {
  it('includes an incident at 00:00 CST on 1 January three years before', () => {
    const first = incident('I-2022', { occurredAt: '2021-12-31T16:00:00.000Z' });
    const result = runIn({
      misreportingFindings: [finding('F1', first, 'concealed', undefined, ['T1'])],
    });
    expect(pointsOf(result.items, 'misreporting_finding')).toEqual([-10]);
    expect(result.vetoed).toBe(true);
  });

  it('leaves out an incident a millisecond earlier', () => {
    const before = incident('I-2021', { occurredAt: '2021-12-31T15:59:59.999Z' });
    const result = runIn({
      misreportingFindings: [finding('F1', before, 'concealed', undefined, ['T1'])],
    });
    expect(result.items.filter((i) => i.section === 'outcomes')).toEqual([]);
    expect(result.vetoed).toBe(false);
  });
});
