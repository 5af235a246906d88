import { agreementsProjection, type AgreementDoc } from '../../../projections/agreements';
import {
  incidentChain,
  industryOfUnit,
  responsibilityChain,
} from '../../../projections/queries/responsibility-chain';
import { unitsProjection, type UnitDoc } from '../../../projections/units';
import { project, projected } from './memory-store';
import { appointed as appoint, ended as end, registered as unit } from './year-fixtures';

const JAN = '2025-01-01T00:00:00.000Z';
const JUL = '2025-07-01T00:00:00.000Z';

async function world(): Promise<UnitDoc[]> {
  const store = await project(unitsProjection, [
    unit('D', { kind: 'district' }),
    unit('T1', { kind: 'town', parentId: 'D' }),
    unit('T2', { kind: 'town', parentId: 'D' }),
    unit('E', { kind: 'enterprise', parentId: 'T1', industry: 'construction' }),
    unit('B', { kind: 'department', parentId: 'D', regulatedIndustries: ['construction'] }),
    unit('BT', { kind: 'department', parentId: 'T1', regulatedIndustries: ['construction'] }),
    unit('B2', { kind: 'department', parentId: 'T2', regulatedIndustries: ['construction'] }),
    unit('F', { kind: 'department', parentId: 'D', regulatedIndustries: ['fire'] }),
    unit('BN', {
      kind: 'department',
      parentId: 'D',
      regulatedIndustries: ['construction'],
      establishedAt: '2025-09-01T00:00:00.000Z',
    }),
    appoint('D', 'L1', 'principal', JAN),
    end('D', 'L1', 'principal', JAN, JUL),
    appoint('D', 'L2', 'principal', JUL),
    appoint('D', 'S1', 'party_secretary', JAN),
    appoint('E', 'M1', 'principal', JAN),
    appoint('B', 'K1', 'deputy_in_charge', JAN),
  ]);
  return store.all<UnitDoc>('units');
}

async function agreements(): Promise<AgreementDoc[]> {
  const signed = (id: string, responsibleUnitId: string, signedAt: string, year = 2025) =>
    projected(`agreement-${id}`, 'AgreementSigned', {
      id,
      year,
      issuerUnitId: 'D',
      responsibleUnitId,
      signedAt,
      signatories: [
        { personId: 'X', post: 'principal', unitId: responsibleUnitId, personName: 'x' },
      ],
      controlIndicators: {},
      tasks: [],
    });
  const store = await project(agreementsProjection, [
    signed('A-T1', 'T1', '2025-02-01T00:00:00.000Z'),
    signed('A-E', 'E', '2025-05-01T00:00:00.000Z'),
    signed('A-B', 'B', '2025-02-01T00:00:00.000Z'),
    projected('agreement-A-B', 'AgreementTerminated', {
      id: 'A-B',
      year: 2025,
      responsibleUnitId: 'B',
      reason: '撤并',
      terminatedAt: '2025-03-01T00:00:00.000Z',
    }),
    signed('A-D-2024', 'D', '2024-02-01T00:00:00.000Z', 2024),
  ]);
  return store.all<AgreementDoc>('agreements');
}

describe('responsibility chain', () => {
  it('names the enterprise, its territorial ancestors and the departments regulating its industry in territories containing it', async () => {
    const units = await world();
    const e = units.find((u) => u._id === 'E')!;
    const chain = responsibilityChain(
      { unitId: 'E', path: e.path, industry: industryOfUnit(e) },
      units,
      await agreements(),
      '2025-04-10T00:00:00.000Z',
    );
    expect(chain.at).toBe('2025-04-10T00:00:00.000Z');
    expect(chain.unitId).toBe('E');
    expect(chain.links.map((l) => [l.unitId, l.role])).toEqual([
      ['E', 'enterprise'],
      ['T1', 'territorial'],
      ['D', 'territorial'],
      ['BT', 'regulating_department'],
      ['B', 'regulating_department'],
    ]);
  });

  it('names who held each post at that time and the agreement of that year in force then', async () => {
    const units = await world();
    const e = units.find((u) => u._id === 'E')!;
    const place = { unitId: 'E', path: e.path, industry: 'construction' };
    const all = await agreements();
    const march = responsibilityChain(place, units, all, '2025-03-15T00:00:00.000Z');
    const d = march.links.find((l) => l.unitId === 'D')!;
    expect(d.posts.map((p) => [p.personId, p.post, p.to])).toEqual([
      ['S1', 'party_secretary', null],
      ['L1', 'principal', JUL],
    ]);
    expect(d.posts[0]).toMatchObject({ personName: 'name-S1', from: JAN, ref: expect.any(Object) });
    expect(d.agreement).toBeNull();
    expect(march.links.find((l) => l.unitId === 'T1')!.agreement).toMatchObject({
      id: 'A-T1',
      year: 2025,
      signedAt: '2025-02-01T00:00:00.000Z',
      signatories: [expect.objectContaining({ personId: 'X' })],
    });
    // signed later than the time asked about; terminated before it
    expect(march.links.find((l) => l.unitId === 'E')!.agreement).toBeNull();
    expect(march.links.find((l) => l.unitId === 'B')!.agreement).toBeNull();
    const february = responsibilityChain(place, units, all, '2025-02-15T00:00:00.000Z');
    expect(february.links.find((l) => l.unitId === 'B')!.agreement?.id).toBe('A-B');

    const august = responsibilityChain(place, units, all, '2025-08-01T00:00:00.000Z');
    expect(august.links.find((l) => l.unitId === 'D')!.posts.map((p) => p.personId)).toEqual([
      'S1',
      'L2',
    ]);
    // the change happens at `to`: from ≤ at < to
    const atChange = responsibilityChain(place, units, all, JUL);
    expect(atChange.links.find((l) => l.unitId === 'D')!.posts.map((p) => p.personId)).toEqual([
      'S1',
      'L2',
    ]);
  });

  it('leaves out departments established after the time', async () => {
    const units = await world();
    const e = units.find((u) => u._id === 'E')!;
    const place = { unitId: 'E', path: e.path, industry: 'construction' };
    const before = responsibilityChain(place, units, [], '2025-08-31T00:00:00.000Z');
    const after = responsibilityChain(place, units, [], '2025-09-01T00:00:00.000Z');
    expect(before.links.map((l) => l.unitId)).not.toContain('BN');
    expect(after.links.map((l) => l.unitId)).toContain('BN');
  });

  it('for a territorial unit names it and its ancestors; for a department, it and its territory', async () => {
    const units = await world();
    const t1 = units.find((u) => u._id === 'T1')!;
    expect(
      responsibilityChain(
        { unitId: 'T1', path: t1.path, industry: industryOfUnit(t1) },
        units,
        [],
        JUL,
      ).links.map((l) => [l.unitId, l.role]),
    ).toEqual([
      ['T1', 'territorial'],
      ['D', 'territorial'],
    ]);
    const b = units.find((u) => u._id === 'B')!;
    expect(
      responsibilityChain(
        { unitId: 'B', path: b.path, industry: industryOfUnit(b) },
        units,
        [],
        JUL,
      ).links.map((l) => [l.unitId, l.role]),
    ).toEqual([
      ['B', 'regulating_department'],
      ['D', 'territorial'],
    ]);
  });

  it('for an incident: the chain at occurrence, with liable findings and accountability actions', async () => {
    const units = await world();
    const conclusionRef = { streamId: 'incident-I1', eventId: 'c1' };
    const actionRef = { streamId: 'accountability-A1', eventId: 'a1' };
    const chain = incidentChain(
      {
        id: 'I1',
        unitId: 'E',
        placePath: ['E', 'T1', 'D'],
        industry: 'construction',
        occurredAt: '2025-03-15T00:00:00.000Z',
        liable: [{ personId: 'M1', role: 'principal', finding: '未落实' }],
        conclusionRef,
      },
      units,
      await agreements(),
      [
        {
          id: 'A2',
          targetPersonId: null,
          targetUnitId: 'T1',
          form: 'circular',
          decidingUnitId: 'D',
          decidedAt: '2025-06-01T00:00:00.000Z',
          reason: 'r',
          ref: actionRef,
        },
        {
          id: 'A1',
          targetPersonId: 'M1',
          targetUnitId: 'E',
          form: 'interview',
          decidingUnitId: 'D',
          decidedAt: '2025-05-01T00:00:00.000Z',
          reason: 'r',
          ref: actionRef,
        },
      ],
    );
    expect(chain).toMatchObject({ at: '2025-03-15T00:00:00.000Z', unitId: 'E', incidentId: 'I1' });
    expect(chain.links.find((l) => l.unitId === 'D')!.posts.map((p) => p.personId)).toEqual([
      'S1',
      'L1',
    ]);
    expect(chain.liable).toEqual([
      { personId: 'M1', role: 'principal', finding: '未落实', ref: conclusionRef },
    ]);
    expect(chain.accountabilityActions.map((a) => a.id)).toEqual(['A1', 'A2']);
  });
});
