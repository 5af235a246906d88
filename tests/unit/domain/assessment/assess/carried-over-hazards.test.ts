import { assess } from '../../../../../src/domain/assessment/assess';
import type { AssessmentFacts, HazardFact } from '../../../../../src/domain/assessment/facts';
import { DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import { READING, facts, hazard, pointsOf, ref } from './fixtures';

const run = (overrides: Partial<AssessmentFacts>, reading = READING) =>
  assess(DEFAULT_SCHEME, facts(overrides), reading);

/** A major hazard identified in 2024, due in 2024. */
const carriedMajor = (id: string, spec: Parameters<typeof hazard>[1] = {}) =>
  hazard(id, {
    level: 'major',
    identifiedAt: '2024-10-01T00:00:00.000Z',
    deadline: '2024-12-01T00:00:00.000Z',
    ...spec,
  });

const carriedGeneral = (id: string) =>
  hazard(id, { identifiedAt: '2024-06-01T00:00:00.000Z', deadline: '2024-07-01T00:00:00.000Z' });

describe('hazards carried over from earlier years (跨年未整改)', () => {
  it('a 2024 major hazard open through 2025 costs 3 in 2025, outside the rate', () => {
    const result = run({ hazards: [carriedMajor('M-2024')] });
    expect(pointsOf(result.items, 'overdue_major_hazards')).toEqual([-3]);
    expect(result.sections.outcomes).toBe(37);
    expect(result.rectificationRate).toEqual({
      identified: 0,
      rectified: 0,
      rate: 100,
      overdueMajor: 1,
      overdueGeneral: 0,
    });
    const item = result.items.find((i) => i.rule === 'overdue_major_hazards');
    expect(item?.label).toContain('跨年');
    expect(item?.events).toEqual([ref('hazard-M-2024', 'e-identified')]);
  });

  it('costs nothing once verified passed in 2025 before the reference date', () => {
    const rectified = carriedMajor('M-2024', {
      rectifiedAt: '2025-05-01T00:00:00.000Z',
      verification: { passed: true, verifiedAt: '2025-05-10T00:00:00.000Z' },
    });
    const result = run({ hazards: [rectified] });
    expect(pointsOf(result.items, 'overdue_major_hazards')).toEqual([]);
    expect(result.sections.outcomes).toBe(40);
  });

  it('costs 3 when read before the 2025 verification, and in 2024 too', () => {
    const rectified = carriedMajor('M-2024', {
      rectifiedAt: '2025-05-01T00:00:00.000Z',
      verification: { passed: true, verifiedAt: '2025-05-10T00:00:00.000Z' },
    });
    expect(
      pointsOf(
        run({ hazards: [rectified] }, '2025-05-09T00:00:00.000Z').items,
        'overdue_major_hazards',
      ),
    ).toEqual([-3]);
    expect(
      pointsOf(run({ year: 2024, hazards: [rectified] }).items, 'overdue_major_hazards'),
    ).toEqual([-3]);
  });

  it('counts a 2024 hazard due in 2025 once its deadline passes in 2025', () => {
    const dueIn2025 = carriedMajor('M-2024', { deadline: '2025-03-01T00:00:00.000Z' });
    expect(
      pointsOf(
        run({ hazards: [dueIn2025] }, '2025-03-01T00:00:00.000Z').items,
        'overdue_major_hazards',
      ),
    ).toEqual([]);
    expect(pointsOf(run({ hazards: [dueIn2025] }).items, 'overdue_major_hazards')).toEqual([-3]);
  });

  it('caps carried-over and new general hazards together at 5', () => {
    const old = Array.from({ length: 20 }, (_, i) => carriedGeneral(`G-2024-${i}`));
    const fresh = Array.from({ length: 10 }, (_, i) => hazard(`G-2025-${i}`));
    const result = run({ hazards: [...old, ...fresh] });
    // 30 overdue × 0.2 = 6 → 5; the rate is over the 10 of 2025 only (0 of 10 → 10, capped)
    expect(pointsOf(result.items, 'overdue_general_hazards')).toEqual([-5]);
    expect(result.rectificationRate).toMatchObject({ identified: 10, overdueGeneral: 30 });
  });

  it('ignores hazards identified after the window', () => {
    const later = hazard('G-2026', {
      identifiedAt: '2026-01-10T00:00:00.000Z',
      deadline: '2026-01-20T00:00:00.000Z',
    });
    const result = run({ hazards: [later] }, '2026-03-01T00:00:00.000Z');
    expect(result.rectificationRate).toMatchObject({ identified: 0, overdueGeneral: 0 });
  });
});

describe('results resting on a backdated or late extension', () => {
  const backdated = (id: string, marks: { backdated?: true; late?: true }): HazardFact => {
    const base = hazard(id, {
      extensions: [
        { deadline: '2026-06-01T00:00:00.000Z', extendedAt: '2025-03-30T00:00:00.000Z' },
      ],
    });
    return { ...base, extensions: base.extensions.map((e) => ({ ...e, ...marks })) };
  };

  it('names a backdated extension that kept a hazard from being overdue, at no cost', () => {
    const result = run({ hazards: [backdated('H-1', { backdated: true })] });
    expect(pointsOf(result.items, 'overdue_general_hazards')).toEqual([]);
    const item = result.items.find((i) => i.rule === 'overdue_averted_by_marked_extension');
    expect(item).toMatchObject({ points: 0 });
    expect(item?.label).toContain('H-1');
    expect(item?.events).toEqual([
      ref('hazard-H-1', 'e-identified'),
      ref('hazard-H-1', 'e-extended-0'),
    ]);
    expect(item?.markedExtensions).toEqual([
      { hazardId: 'H-1', event: ref('hazard-H-1', 'e-extended-0'), backdated: true },
    ]);
  });

  it('names a late extension of the previous release the same way', () => {
    const result = run({ hazards: [backdated('H-1', { late: true })] });
    const item = result.items.find((i) => i.rule === 'overdue_averted_by_marked_extension');
    expect(item?.markedExtensions).toEqual([
      { hazardId: 'H-1', event: ref('hazard-H-1', 'e-extended-0'), late: true },
    ]);
  });

  it('adds nothing for an unmarked extension, or when the hazard was not due anyway', () => {
    const averted = (result: ReturnType<typeof run>) =>
      result.items.filter((i) => i.rule === 'overdue_averted_by_marked_extension');
    expect(averted(run({ hazards: [backdated('H-1', {})] }))).toEqual([]);
    const notDue = backdated('H-2', { backdated: true });
    expect(averted(run({ hazards: [notDue] }, '2025-03-31T00:00:00.000Z'))).toEqual([]);
    expect(averted(run({ hazards: [notDue] }, '2025-04-01T00:00:00.000Z'))).toEqual([]);
    expect(averted(run({ hazards: [notDue] }, '2025-04-01T00:00:00.001Z'))).toHaveLength(1);
  });
});
