import {
  incidentChain,
  responsibilityChain,
} from '../../../projections/queries/responsibility-chain';
import { unitsProjection, type UnitDoc } from '../../../projections/units';
import { project } from './memory-store';
import { appointed as appoint, ended as end, registered as unit } from './year-fixtures';

const JAN = '2025-01-01T00:00:00.000Z';
const JUL = '2025-07-01T00:00:00.000Z';
const APR = '2025-04-10T00:00:00.000Z';

async function world(): Promise<UnitDoc[]> {
  const store = await project(unitsProjection, [
    unit('D', { kind: 'district' }),
    unit('T', { kind: 'town', parentId: 'D' }),
    unit('E', { kind: 'enterprise', parentId: 'T', industry: 'construction' }),
    unit('B', { kind: 'department', parentId: 'D', regulatedIndustries: ['construction'] }),
    appoint('D', 'P-D', 'principal', JAN),
    appoint('D', 'DC', 'deputy_in_charge', JAN, ['construction', 'fire']),
    appoint('D', 'DF', 'deputy', JAN, ['fire']),
    appoint('T', 'DT', 'deputy', JAN, ['road_traffic', 'construction']),
    end('T', 'DT', 'deputy', JAN, JUL),
    appoint('T', 'DN', 'deputy', JUL, ['construction']),
    appoint('T', 'DO', 'deputy', JAN),
    appoint('B', 'DB', 'deputy', JAN, ['construction']),
    appoint('E', 'DE', 'deputy', JAN, ['construction']),
  ]);
  return store.all<UnitDoc>('units');
}

const placeOfE = (units: UnitDoc[]) => ({
  unitId: 'E',
  path: units.find((u) => u._id === 'E')!.path,
  industry: 'construction',
});

const holders = (chain: ReturnType<typeof responsibilityChain>) =>
  chain.links.map((l) => [l.unitId, l.portfolioHolders.map((h) => h.personId)]);

describe('responsibility chain: portfolio holders (分管领域, 一岗双责)', () => {
  it('names the deputies of each territorial unit whose portfolio covers the place industry', async () => {
    const units = await world();
    const chain = responsibilityChain(placeOfE(units), units, [], APR);
    expect(holders(chain)).toEqual([
      ['E', []],
      ['T', ['DT']],
      ['D', ['DC']],
      ['B', []],
    ]);
    expect(chain.links.find((l) => l.unitId === 'T')!.portfolioHolders[0]).toEqual({
      personId: 'DT',
      personName: 'name-DT',
      post: 'deputy',
      postLabel: '其他副职',
      from: JAN,
      to: JUL,
      portfolioIndustries: ['road_traffic', 'construction'],
      portfolioIndustriesLabels: ['道路交通', '建筑施工'],
      role: 'portfolio',
      roleLabel: '分管领导责任',
      industry: 'construction',
      industryLabel: '建筑施工',
      ref: expect.objectContaining({ streamId: 'unit-T' }),
    });
  });

  it('lists the posts by office with their portfolio; a deputy of another portfolio is not in the chain', async () => {
    const units = await world();
    const d = responsibilityChain(placeOfE(units), units, [], APR).links.find(
      (l) => l.unitId === 'D',
    )!;
    expect(d.posts.map((p) => [p.personId, p.post, p.portfolioIndustries])).toEqual([
      ['P-D', 'principal', []],
      ['DC', 'deputy_in_charge', ['construction', 'fire']],
    ]);
  });

  it('names the deputy in post at the time: not after the appointment ended, from its start on', async () => {
    const units = await world();
    const place = placeOfE(units);
    const t = (at: string) =>
      responsibilityChain(place, units, [], at)
        .links.find((l) => l.unitId === 'T')!
        .portfolioHolders.map((h) => h.personId);
    expect(t('2024-12-31T23:59:59.999Z')).toEqual([]);
    expect(t(JAN)).toEqual(['DT']);
    expect(t('2025-06-30T23:59:59.999Z')).toEqual(['DT']);
    expect(t(JUL)).toEqual(['DN']);
  });

  it('names no one for another industry, and no one without an industry at the place', async () => {
    const units = await world();
    const fire = responsibilityChain({ ...placeOfE(units), industry: 'fire' }, units, [], APR);
    expect(holders(fire)).toEqual([
      ['E', []],
      ['T', []],
      ['D', ['DC', 'DF']],
    ]);
    const town = units.find((u) => u._id === 'T')!;
    const unitLevel = responsibilityChain(
      { unitId: 'T', path: town.path, industry: null },
      units,
      [],
      APR,
    );
    expect(holders(unitLevel)).toEqual([
      ['T', []],
      ['D', []],
    ]);
  });

  it("names them in an incident's chain at its occurrence", async () => {
    const units = await world();
    const chain = incidentChain(
      {
        id: 'I1',
        unitId: 'E',
        placePath: placeOfE(units).path,
        industry: 'construction',
        occurredAt: '2025-08-01T00:00:00.000Z',
        liable: [],
        conclusionRef: null,
      },
      units,
      [],
      [],
    );
    expect(holders(chain)).toEqual([
      ['E', []],
      ['T', ['DN']],
      ['D', ['DC']],
      ['B', []],
    ]);
  });
});
