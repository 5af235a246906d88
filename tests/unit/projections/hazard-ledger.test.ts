import { hazardsProjection, type HazardDoc } from '../../../projections/hazards';
import {
  hazardLedger,
  hazardLedgers,
  ledgerPeriod,
} from '../../../projections/queries/hazard-ledger';
import { project, projected } from './memory-store';

const at = (local: string) => new Date(`${local}+08:00`).toISOString();

const identified = (id: string, level: string, identifiedAt: string, deadline: string) =>
  projected(`hazard-${id}`, 'HazardIdentified', {
    id,
    unitId: 'E1',
    level,
    description: '隐患',
    identifiedAt: at(identifiedAt),
    deadline: at(deadline),
  });

/** The ledger of `period` read once 2025 is over, with its items if `withItems`. */
const afterTheYear = (docs: HazardDoc[], period: string, withItems = false) =>
  hazardLedger(docs, ledgerPeriod(period), '2026-01-01T00:00:00Z', withItems);

/** Y, due 03-10, extended on 03-09 to 05-10 by an extension recorded later (backdated). */
const backdatedY = [
  identified('Y', 'general', '2025-03-01T09:00:00', '2025-03-10T09:00:00'),
  projected('hazard-Y', 'HazardDeadlineExtended', {
    previousDeadline: at('2025-03-10T09:00:00'),
    deadline: at('2025-05-10T09:00:00'),
    reason: '补录',
    extendedAt: at('2025-03-09T09:00:00'),
    backdated: true,
  }),
];

async function ledgerDocs() {
  const store = await project(hazardsProjection, [
    projected('unit-D', 'UnitRegistered', { id: 'D', name: '区', kind: 'district' }),
    projected('unit-E1', 'UnitRegistered', {
      id: 'E1',
      name: '企',
      kind: 'enterprise',
      parentId: 'D',
      industry: 'construction',
    }),
    // A: general, rectified in March: counts.
    identified('A', 'general', '2025-03-01T09:00:00', '2025-03-20T09:00:00'),
    projected('hazard-A', 'HazardRectified', { rectifiedAt: at('2025-03-10T09:00:00') }),
    // B: major, rectified but not verified: not counted; overdue after its deadline.
    identified('B', 'major', '2025-03-02T09:00:00', '2025-03-15T09:00:00'),
    projected('hazard-B', 'HazardListedForSupervision', {
      supervisingUnitId: 'D',
      listedAt: at('2025-03-02T09:00:00'),
    }),
    projected('hazard-B', 'HazardRectificationPlanned', {
      measures: 'm',
      fundsYuan: 1,
      deadline: at('2025-03-14T09:00:00'),
      responsiblePerson: 'r',
      contingencyPlan: 'c',
      plannedAt: at('2025-03-03T09:00:00'),
    }),
    projected('hazard-B', 'HazardRectified', { rectifiedAt: at('2025-03-10T09:00:00') }),
    // C: general, failed verification, then extended to April: not overdue at the end of March.
    identified('C', 'general', '2025-03-03T09:00:00', '2025-03-10T09:00:00'),
    projected('hazard-C', 'HazardRectified', { rectifiedAt: at('2025-03-05T09:00:00') }),
    projected('hazard-C', 'HazardVerified', {
      passed: false,
      verifiedAt: at('2025-03-06T09:00:00'),
      verifier: 'v',
      rectifiedAt: at('2025-03-05T09:00:00'),
    }),
    projected('hazard-C', 'HazardDeadlineExtended', {
      previousDeadline: at('2025-03-10T09:00:00'),
      deadline: at('2025-04-10T09:00:00'),
      reason: '材料未到',
      extendedAt: at('2025-03-08T09:00:00'),
    }),
    // D: identified in April: outside March.
    identified('D', 'general', '2025-04-01T09:00:00', '2025-04-10T09:00:00'),
  ]);
  return store.all<HazardDoc>('hazards');
}

describe('hazard ledger (隐患台账)', () => {
  it('counts a month at its last instant with the domain rules', async () => {
    const ledger = afterTheYear(await ledgerDocs(), '2025-03', true);
    // Identified in March: A, B, C. Rectified: A only (B awaits verification, C failed) → 1/3 = 33.3.
    expect(ledger).toMatchObject({
      identified: 3,
      rectified: 1,
      overdue: 1,
      majorUnderSupervision: 1,
      rectificationRate: 33.3,
    });
    expect(ledger.items).toEqual({
      identified: ['A', 'B', 'C'],
      rectified: ['A'],
      overdue: ['B'],
      carriedOver: [],
      majorUnderSupervision: ['B'],
      markedExtensions: [],
    });
    expect(ledger.referenceDate).toBe('2025-03-31T15:59:59.999Z');
  });

  it('answers 100.0 for a period without hazards and judges a running period at the reading time', async () => {
    const docs = await ledgerDocs();
    expect(afterTheYear(docs, '2025-06').rectificationRate).toBe(100);
    const early = hazardLedger(docs, ledgerPeriod('2025-03'), at('2025-03-02T12:00:00'));
    expect(early).toMatchObject({ identified: 2, rectified: 0, overdue: 0 });
    const year = afterTheYear(docs, '2025');
    // A rectified; B, C, D not (D overdue since April 10; C overdue since April 10 too) → 1/4 = 25.0.
    expect(year).toMatchObject({ identified: 4, rectified: 1, rectificationRate: 25, overdue: 3 });
  });

  it('counts a major hazard once verified passed and delisted; rounds 2 of 3 to 66.7; cuts months in CST', async () => {
    const store = await project(hazardsProjection, [
      // M: major, verified passed and delisted in May: rectified, no longer under supervision.
      identified('M', 'major', '2025-05-01T09:00:00', '2025-05-20T09:00:00'),
      projected('hazard-M', 'HazardListedForSupervision', {
        supervisingUnitId: 'D',
        listedAt: at('2025-05-01T09:00:00'),
      }),
      projected('hazard-M', 'HazardRectified', { rectifiedAt: at('2025-05-10T09:00:00') }),
      projected('hazard-M', 'HazardVerified', {
        passed: true,
        verifiedAt: at('2025-05-12T09:00:00'),
        verifier: 'v',
        rectifiedAt: at('2025-05-10T09:00:00'),
      }),
      projected('hazard-M', 'HazardDelisted', {
        supervisingUnitId: 'D',
        delistedAt: at('2025-05-12T09:00:00'),
      }),
      // G: general, rectified late in the month (the last CST evening of May).
      identified('G', 'general', '2025-05-31T23:30:00', '2025-06-10T09:00:00'),
      projected('hazard-G', 'HazardRectified', { rectifiedAt: at('2025-05-31T23:50:00') }),
      // X: general, deadline May 20, extended only on June 5: overdue at the end of May.
      identified('X', 'general', '2025-05-02T09:00:00', '2025-05-20T09:00:00'),
      projected('hazard-X', 'HazardDeadlineExtended', {
        previousDeadline: at('2025-05-20T09:00:00'),
        deadline: at('2025-06-30T09:00:00'),
        reason: '汛期',
        extendedAt: at('2025-06-05T09:00:00'),
      }),
      // J: identified at midnight of June 1 in CST (still May 31 in UTC): June's.
      identified('J', 'general', '2025-06-01T00:00:00', '2025-06-10T09:00:00'),
    ]);
    const docs = store.all<HazardDoc>('hazards');
    const may = afterTheYear(docs, '2025-05', true);
    expect(may).toMatchObject({
      period: '2025-05',
      identified: 3,
      rectified: 2,
      overdue: 1,
      majorUnderSupervision: 0,
      rectificationRate: 66.7,
      items: {
        identified: ['G', 'M', 'X'],
        rectified: ['G', 'M'],
        overdue: ['X'],
        majorUnderSupervision: [],
      },
    });
    // Before M's verification it is rectified but not verified: not counted, still supervised.
    const mid = hazardLedger(docs, ledgerPeriod('2025-05'), at('2025-05-11T09:00:00'), true);
    expect(mid).toMatchObject({ identified: 2, rectified: 0, majorUnderSupervision: 1 });
    expect(mid.rectificationRate).toBe(0);
    // June holds J only (identified at CST midnight), overdue since June 10; X, open since May,
    // is carried over and overdue since its extended deadline of June 30.
    expect(afterTheYear(docs, '2025-06', true).items).toEqual({
      identified: ['J'],
      rectified: [],
      overdue: ['J', 'X'],
      carriedOver: ['X'],
      majorUnderSupervision: [],
      markedExtensions: [],
    });
    // The year read on June 8: X's extension (granted June 5) is in force, so X is not overdue.
    const june8 = hazardLedger(docs, ledgerPeriod('2025'), at('2025-06-08T09:00:00'), true);
    expect(june8.items?.overdue).toEqual([]);
    expect(june8).toMatchObject({ identified: 4, rectified: 2, rectificationRate: 50 });
  });

  it('answers a year and its months in one reading exactly as each period read alone', async () => {
    const docs = [
      ...(await ledgerDocs()),
      ...(
        await project(hazardsProjection, [
          identified('Z', 'major', '2024-11-01T09:00:00', '2024-12-01T09:00:00'),
          ...backdatedY,
        ])
      ).all<HazardDoc>('hazards'),
    ].reverse();
    const labels = ['2025', ...['02', '03', '04', '05', '12'].map((m) => `2025-${m}`)];
    for (const reading of ['2026-01-01T00:00:00Z', at('2025-04-05T12:00:00')]) {
      for (const items of [false, true]) {
        const together = hazardLedgers(docs, labels.map(ledgerPeriod), reading, items);
        expect(together).toEqual(
          labels.map((label) => hazardLedger(docs, ledgerPeriod(label), reading, items)),
        );
        expect(together.map((l) => l.carriedOver)).toEqual([1, 1, 1, 4, 5, 5]);
      }
    }
  });

  describe('carried over (跨年未整改)', () => {
    const carried = (id: string) =>
      identified(id, 'major', '2024-11-01T09:00:00', '2024-12-01T09:00:00');
    const verifiedOn = (id: string, local: string) => [
      projected(`hazard-${id}`, 'HazardRectificationPlanned', {
        measures: 'm',
        fundsYuan: 1,
        deadline: at('2025-03-01T09:00:00'),
        responsiblePerson: 'r',
        contingencyPlan: 'c',
        plannedAt: at('2024-11-02T09:00:00'),
      }),
      projected(`hazard-${id}`, 'HazardRectified', { rectifiedAt: at(local) }),
      projected(`hazard-${id}`, 'HazardVerified', {
        passed: true,
        verifiedAt: at(local),
        verifier: 'v',
        rectifiedAt: at(local),
      }),
    ];
    const docsWith = async (...events: ReturnType<typeof projected>[]) => [
      ...(await ledgerDocs()),
      ...(await project(hazardsProjection, events)).all<HazardDoc>('hazards'),
    ];

    it('counts a 2024 hazard still open as carried over and overdue, outside the rate', async () => {
      const ledger = afterTheYear(await docsWith(carried('Z')), '2025-03', true);
      expect(ledger).toMatchObject({
        identified: 3,
        rectified: 1,
        rectificationRate: 33.3,
        carriedOver: 1,
        overdue: 2,
      });
      expect(ledger.items).toMatchObject({ carriedOver: ['Z'], overdue: ['B', 'Z'] });
      const year = afterTheYear(await docsWith(carried('Z')), '2025');
      expect(year).toMatchObject({ identified: 4, carriedOver: 1, overdue: 4 });
    });

    it('carries over what was open at the start; rectified in the month, it is not overdue', async () => {
      const docs = await docsWith(carried('Z'), ...verifiedOn('Z', '2025-03-10T09:00:00'));
      const march = afterTheYear(docs, '2025-03', true);
      expect(march.items).toMatchObject({ carriedOver: ['Z'], overdue: ['B'] });
      const april = afterTheYear(docs, '2025-04', true);
      // open on April 1: B (awaits verification) and C (failed, extended to April 10)
      expect(april.items).toMatchObject({ carriedOver: ['B', 'C'], overdue: ['B', 'C', 'D'] });
    });

    it('lists the hazards whose deadline rests on a backdated or late extension', async () => {
      const docs = await docsWith(...backdatedY);
      const march = afterTheYear(docs, '2025-03', true);
      expect(march.items?.markedExtensions).toEqual([
        {
          hazardId: 'Y',
          extendedAt: at('2025-03-09T09:00:00'),
          deadline: at('2025-05-10T09:00:00'),
          backdated: true,
        },
      ]);
    });
  });
});
