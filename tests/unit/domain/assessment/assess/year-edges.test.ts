import { assess } from '../../../../../src/domain/assessment/assess';
import type { AssessmentFacts } from '../../../../../src/domain/assessment/facts';
import { DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import {
  READING,
  agreement,
  facts,
  factsOfKind,
  finding,
  holder,
  incident,
  pointsOf,
} from './fixtures';

/** 2026 read well after its end. */
const READING_2026 = '2027-03-01T00:00:00.000Z';
const run = (overrides: Partial<AssessmentFacts>, year = 2025) =>
  assess(DEFAULT_SCHEME, facts({ year, ...overrides }), year === 2025 ? READING : READING_2026);

describe('which year a misreporting finding counts in (CST, by the date it is established)', () => {
  const about = incident('I1', {
    occurredAt: '2025-11-01T00:00:00.000Z',
    postHoldersAtOccurrence: [holder('P-sec', 'party_secretary')],
  });
  // 2026-01-01 00:00 CST: a finding of 2026, not of 2025.
  const newYear = finding('F1', about, 'late', '2025-12-31T16:00:00.000Z', ['T1']);

  it('established at 00:00 CST on 1 January counts in the new year only', () => {
    const in2025 = run({ incidents: [about], misreportingFindings: [newYear] });
    expect(pointsOf(in2025.items, 'misreporting_finding')).toEqual([]);
    expect(in2025.vetoed).toBe(false);
    expect(in2025.promotionBars).toEqual([]);

    const in2026 = run({ incidents: [about], misreportingFindings: [newYear] }, 2026);
    expect(pointsOf(in2026.items, 'misreporting_finding')).toEqual([-10]);
    // The incident of 2025 is no incident of 2026: only the finding deducts.
    expect(pointsOf(in2026.items, 'general_incident')).toEqual([]);
    expect(in2026.vetoReasons.map((v) => v.rule)).toEqual(['misreporting:late']);
    expect(in2026.promotionBars.map((b) => [b.personId, b.barredYear])).toEqual([['P-sec', 2027]]);
  });

  it('established at 23:59:59.999 CST on 31 December counts in that year', () => {
    const lastMs = finding('F1', about, 'late', '2025-12-31T15:59:59.999Z', ['T1']);
    const result = run({ incidents: [about], misreportingFindings: [lastMs] });
    expect(pointsOf(result.items, 'misreporting_finding')).toEqual([-10]);
    expect(result.vetoed).toBe(true);
  });
});

describe('the three years before the window (findings on earlier incidents)', () => {
  it('includes an incident at 00:00 CST on 1 January three years before', () => {
    const first = incident('I-2022', { occurredAt: '2021-12-31T16:00:00.000Z' });
    const result = run({
      misreportingFindings: [finding('F1', first, 'concealed', undefined, ['T1'])],
    });
    expect(pointsOf(result.items, 'misreporting_finding')).toEqual([-10]);
    expect(result.vetoed).toBe(true);
  });

  it('leaves out an incident a millisecond earlier', () => {
    const before = incident('I-2021', { occurredAt: '2021-12-31T15:59:59.999Z' });
    const result = run({
      misreportingFindings: [finding('F1', before, 'concealed', undefined, ['T1'])],
    });
    expect(result.items.filter((i) => i.section === 'outcomes')).toEqual([]);
    expect(result.vetoed).toBe(false);
  });
});

describe('incidents that cost nothing do not make up a count', () => {
  const larger = (
    id: string,
    nature: 'liability' | 'natural_disaster' | 'non_liability',
    month: number,
  ) =>
    incident(id, {
      grade: 'larger',
      deaths: 3,
      nature,
      occurredAt: `2025-0${month}-01T00:00:00.000Z`,
      postHoldersAtOccurrence: [holder(`P-${id}`, 'principal')],
    });

  it('a district with two liability and one natural-disaster larger incident is not vetoed', () => {
    const incidents = [
      larger('I1', 'liability', 1),
      larger('I2', 'natural_disaster', 2),
      larger('I3', 'liability', 3),
    ];
    const result = assess(DEFAULT_SCHEME, factsOfKind('district', { incidents }), READING);
    expect(result.vetoed).toBe(false);
    expect(result.promotionBars).toEqual([]);
    expect(pointsOf(result.items, 'larger_or_worse_incident')).toEqual([-10, -10]);
  });

  it('a city with one liability and one non-liability major incident is not vetoed', () => {
    const major = (id: string, nature: 'liability' | 'non_liability') =>
      incident(id, { grade: 'major', deaths: 10, nature });
    const result = assess(
      DEFAULT_SCHEME,
      factsOfKind('city', { incidents: [major('I1', 'liability'), major('I2', 'non_liability')] }),
      READING,
    );
    expect(result.vetoed).toBe(false);
  });

  it('maxLargerAccidents 0 is not broken by a natural disaster, and a later liability one pushes it past', () => {
    const incidents = [larger('I1', 'natural_disaster', 1), larger('I2', 'liability', 2)];
    const result = assess(
      DEFAULT_SCHEME,
      factsOfKind('district', {
        agreement: agreement({ controlIndicators: { maxLargerAccidents: 0 } }),
        incidents,
      }),
      READING,
    );
    expect(result.controlIndicators[0]).toMatchObject({ actual: 1, exceeded: true });
    expect(result.controlIndicators[0].pushedPastCapBy?.incidentId).toBe('I2');
    expect(result.promotionBars.map((b) => b.personId)).toEqual(['P-I2']);
  });
});
