import {
  agreementsProjection,
  type AgreementDoc,
  inForceAt,
} from '../../../projections/agreements';
import { agreementCoverage, coverageRate } from '../../../projections/queries/agreement-coverage';
import { postHoldersAt, unitsProjection, type UnitDoc } from '../../../projections/units';
import { project, projected } from './memory-store';
import { chainRegistered } from './year-fixtures';

const unitEvents = () => [
  ...chainRegistered(),
  projected('unit-T', 'PersonAppointed', {
    unitId: 'T',
    personId: 'P1',
    personName: '甲',
    post: 'principal',
    from: '2025-01-01T00:00:00.000Z',
  }),
  projected('unit-T', 'AppointmentEnded', {
    unitId: 'T',
    personId: 'P1',
    post: 'principal',
    from: '2025-01-01T00:00:00.000Z',
    to: '2025-07-01T00:00:00.000Z',
  }),
  projected('unit-T', 'PersonAppointed', {
    unitId: 'T',
    personId: 'P2',
    personName: '乙',
    post: 'principal',
    from: '2025-07-01T00:00:00.000Z',
  }),
  projected('unit-D', 'UnitStatisticsRecorded', { unitId: 'D', year: 2025, gdp100mYuan: 300 }),
];

describe('units projection', () => {
  it('names each person who holds or held a post once, however often appointed', async () => {
    const again = projected('unit-T', 'PersonAppointed', {
      unitId: 'T',
      personId: 'P1',
      personName: '甲',
      post: 'deputy_in_charge',
      from: '2025-08-01T00:00:00.000Z',
    });
    const store = await project(unitsProjection, [...unitEvents(), again]);
    const t = store.all<UnitDoc>('units').find((u) => u._id === 'T')!;
    expect(t.personIds).toEqual(['P1', 'P2']);
  });

  it('keeps each unit with its path, posts over time and statistics', async () => {
    const store = await project(unitsProjection, unitEvents());
    const units = store.all<UnitDoc>('units');
    const e = units.find((u) => u._id === 'E')!;
    expect(e.path).toEqual(['E', 'T', 'D']);
    const t = units.find((u) => u._id === 'T')!;
    expect(postHoldersAt(t, '2025-06-30T23:59:59.999Z').map((p) => p.personId)).toEqual(['P1']);
    expect(postHoldersAt(t, '2025-07-01T00:00:00.000Z').map((p) => p.personId)).toEqual(['P2']);
    expect(t.posts[0].endRef).not.toBeNull();
    expect(t.personIds).toEqual(['P1', 'P2']);
    expect(e.personIds).toEqual([]);
    expect(units.find((u) => u._id === 'D')!.statistics['2025']).toEqual({ gdp100mYuan: 300 });
  });
});

describe('agreements projection and coverage', () => {
  const signed = (id: string, responsibleUnitId: string) =>
    projected(`agreement-${id}`, 'AgreementSigned', {
      id,
      year: 2025,
      issuerUnitId: 'D',
      responsibleUnitId,
      signedAt: '2025-02-01T00:00:00.000Z',
      signatories: [],
      controlIndicators: { maxDeaths: 1 },
      tasks: [{ code: 'T1', title: '任务', weight: 60 }],
    });

  it('follows amendments and termination, naming the events', async () => {
    const store = await project(agreementsProjection, [
      signed('A1', 'T'),
      projected('agreement-A1', 'AgreementAmended', {
        id: 'A1',
        year: 2025,
        responsibleUnitId: 'T',
        reason: '调整',
        amendedAt: '2025-03-01T00:00:00.000Z',
        controlIndicators: { maxDeaths: 2 },
      }),
      projected('agreement-A1', 'AgreementTerminated', {
        id: 'A1',
        year: 2025,
        responsibleUnitId: 'T',
        reason: '撤并',
        terminatedAt: '2025-09-01T00:00:00.000Z',
      }),
    ]);
    const [doc] = store.all<AgreementDoc>('agreements');
    expect(doc).toMatchObject({
      status: 'terminated',
      controlIndicators: { maxDeaths: 2 },
      terminatedAt: '2025-09-01T00:00:00.000Z',
    });
    expect(doc.amendmentRefs).toHaveLength(1);
    expect(doc.terminationRef?.streamId).toBe('agreement-A1');
    expect(inForceAt(doc, '2025-08-31T00:00:00.000Z')).toBe(true);
    expect(inForceAt(doc, '2025-09-01T00:00:00.000Z')).toBe(false);
  });

  it('lists the units below without an active agreement for the year', async () => {
    const units = (await project(unitsProjection, unitEvents())).all<UnitDoc>('units');
    const agreements = (await project(agreementsProjection, [signed('A2', 'T')])).all<AgreementDoc>(
      'agreements',
    );
    const coverage = agreementCoverage(
      units.find((u) => u._id === 'D')!,
      units,
      agreements,
      2025,
    );
    expect(coverage.covered.map((c) => c.unitId)).toEqual(['T']);
    expect(coverage.missing.map((c) => c.unitId)).toEqual(['E']);
    expect(coverageRate(coverage)).toBe(50);
    expect(
      agreementCoverage(
        units.find((u) => u._id === 'D')!,
        units,
        agreements,
        2026,
      ).covered,
    ).toEqual([]);
  });
});
