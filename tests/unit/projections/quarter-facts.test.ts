import type { AgreementDoc } from '../../../projections/agreements';
import type { PenaltyDoc } from '../../../projections/enforcement';
import { buildFacts } from '../../../projections/queries/assessment-facts';
import { buildFactsAt } from '../../../projections/queries/quarter-facts';
import { YearIndex } from '../../../projections/queries/year-index';
import { quarterEnd } from '../../../src/domain/assessment/quarters';
import { DEFAULT_SCHEME } from '../../../src/domain/assessment/scheme';
import { runAtOnce } from '../../../src/infrastructure/cooperative';
import { yearQuarters } from '../../../src/modules/assessment/queries/quarter-answer';
import { UnitFacts } from '../../../src/modules/assessment/queries/unit-facts';
import { unitDoc, yearData } from './year-fixtures';

const cst = (local: string) => new Date(`${local}+08:00`).toISOString();
const Q1 = quarterEnd(2025, 1);
const ref = (streamId: string) => ({ streamId, eventId: 'e' }) as never;

const agreement = (unitId: string, signedAt: string): AgreementDoc =>
  ({
    _id: `A-${unitId}`,
    id: `A-${unitId}`,
    year: 2025,
    issuerUnitId: 'D',
    responsibleUnitId: unitId,
    signedAt,
    status: 'active',
    amendments: [],
    signatories: [],
    controlIndicators: {},
    tasks: [{ code: 'K', title: '检查', weight: 60, metric: 'inspections_conducted', target: 2 }],
    terminatedAt: null,
    terminationReason: null,
    ref: ref(`agreement-A-${unitId}`),
    amendmentRefs: [],
    terminationRef: null,
    lastPosition: 1,
  }) as AgreementDoc;

const penalty = (id: string, decidedAt: string, revokedAt: string | null = null): PenaltyDoc => ({
  _id: id,
  enterpriseId: 'E',
  enforcingUnitId: 'T1',
  kind: 'fine',
  amountYuan: 1000,
  caseNo: id,
  basis: '安全生产法',
  phase: 'pre_incident',
  decidedAt,
  year: 2025,
  revoked: revokedAt !== null,
  revokedAt,
  revocationReason: revokedAt && '复议撤销',
  ref: ref(`penalty-${id}`),
  revocationRef: revokedAt ? ref(`penalty-${id}`) : null,
  lastPosition: 1,
});

/** District D > towns T1 (agreement signed in Q1) and T2 (signed in Q2); E an enterprise of T1. */
const index = new YearIndex(
  yearData({
    units: [
      unitDoc('D', ['D'], { kind: 'district' }),
      unitDoc('T1', ['T1', 'D'], { kind: 'town' }),
      unitDoc('T2', ['T2', 'D'], { kind: 'town' }),
      unitDoc('E', ['E', 'T1'], { industry: 'construction' }),
    ],
    agreements: [
      agreement('D', cst('2025-01-10T09:00:00')),
      agreement('T1', cst('2025-03-31T23:59:59.999')),
      agreement('T2', cst('2025-04-01T00:00:00')),
    ],
    inspections: [
      { _id: 'N1', inspectingUnitId: 'T1', conductedAt: Q1, ref: ref('inspection-N1') },
      {
        _id: 'N2',
        inspectingUnitId: 'T1',
        conductedAt: cst('2025-04-01T00:00:00'),
        ref: ref('inspection-N2'),
      },
    ],
    penalties: [
      penalty('P-Q1', cst('2025-02-01T09:00:00')),
      penalty('P-Q2', cst('2025-04-02T09:00:00')),
      penalty('P-REVOKED-Q2', cst('2025-02-01T09:00:00'), cst('2025-05-01T09:00:00')),
      penalty('P-REVOKED-Q1', cst('2025-02-01T09:00:00'), cst('2025-03-01T09:00:00')),
    ],
  }),
);

const at = (unitId: string, reference: string) =>
  buildFactsAt(index, buildFacts(index, unitId), reference);
const streams = (refs: readonly { streamId: string }[]) => refs.map((r) => r.streamId).sort();

describe('assessment facts at a quarter end, by business date', () => {
  it('assesses a unit once its agreement was signed by then, to the millisecond', () => {
    expect(at('T1', Q1).agreement?.id).toBe('A-T1');
    expect(at('T2', Q1).agreement).toBeNull();
    expect(at('T2', quarterEnd(2025, 2)).agreement?.id).toBe('A-T2');
  });

  it('counts inspections conducted by then', () => {
    expect(streams(at('T1', Q1).metrics.inspectionsConducted)).toEqual(['inspection-N1']);
    expect(streams(at('T1', quarterEnd(2025, 2)).metrics.inspectionsConducted)).toEqual([
      'inspection-N1',
      'inspection-N2',
    ]);
  });

  it('counts pre-incident cases decided by then and not revoked by then', () => {
    expect(streams(at('T1', Q1).metrics.preIncidentPenaltyCases)).toEqual([
      'penalty-P-Q1',
      'penalty-P-REVOKED-Q2',
    ]);
    expect(streams(at('T1', quarterEnd(2025, 2)).metrics.preIncidentPenaltyCases)).toEqual([
      'penalty-P-Q1',
      'penalty-P-Q2',
    ]);
    // The year (read after it) counts the cases not revoked at all, as before.
    expect(streams(buildFacts(index, 'T1').metrics.preIncidentPenaltyCases)).toEqual([
      'penalty-P-Q1',
      'penalty-P-Q2',
    ]);
  });

  it('covers the child units whose agreements were signed by then', () => {
    expect(at('D', Q1).metrics.agreementCoverage).toEqual({
      childUnits: 2,
      covered: [{ unitId: 'T1', events: [ref('agreement-A-T1')] }],
    });
    expect(at('D', quarterEnd(2025, 2)).metrics.agreementCoverage.covered).toHaveLength(2);
  });
});

describe('the four quarters of a year (季度考评)', () => {
  const quarters = runAtOnce(
    yearQuarters(
      { index, facts: new UnitFacts(index), scheme: DEFAULT_SCHEME, schemeDoc: null },
      '2026-02-01T00:00:00.000Z',
      null,
    ),
  );
  const row = (quarter: number, unitId: string) =>
    quarters[quarter - 1].units.find((u) => u.unitId === unitId);

  it('lists the units assessed at each quarter end, with the quarter and its reference date', () => {
    expect(quarters.map((q) => q.units.map((u) => u.unitId).sort())).toEqual([
      ['D', 'T1'],
      ['D', 'T1', 'T2'],
      ['D', 'T1', 'T2'],
      ['D', 'T1', 'T2'],
    ]);
    expect(quarters[0]).toMatchObject({
      year: 2025,
      quarter: 1,
      quarterLabel: '第一季度',
      from: '2024-12-31T16:00:00.000Z',
      to: Q1,
      referenceDate: Q1,
      finalized: false,
      asOf: null,
    });
    expect(row(1, 'T1')?.referenceDate).toBe(Q1);
  });

  it('gives the change against the previous quarter; none in Q1 or for a unit new in the quarter', () => {
    // T1: inspections 1 of 2 in Q1 → 60 × 0.5 = 30 (+ 40 outcomes); 2 of 2 from Q2 → 60.
    expect(row(1, 'T1')).toMatchObject({ score: 70, previousScore: null, change: null });
    expect(row(1, 'T1')?.newEvents).toEqual([]);
    expect(row(2, 'T1')).toMatchObject({ score: 100, previousScore: 70, change: 30 });
    expect(row(2, 'T1')?.newEvents).toEqual([ref('inspection-N2')]);
    expect(row(3, 'T1')).toMatchObject({ score: 100, change: 0, newEvents: [] });
    expect(row(2, 'T2')).toMatchObject({ previousScore: null, change: null });
    expect(row(3, 'T2')).toMatchObject({ change: 0 });
    expect(row(2, 'T1')).toMatchObject({
      kindLabel: '乡镇/街道',
      grade: 'excellent',
      gradeLabel: '优秀',
    });
  });
});
