import { useTestApp } from './support/api';
import { districtTree, enterprise, seedTree } from './support/tree';

describe('unit reads from the projections', () => {
  const api = useTestApp();

  beforeAll(async () => {
    await seedTree(api, [...districtTree('D', 'T1', 'T2'), enterprise('E1', 'T1')]);
  });

  it('lists units by parent, kind and ancestor, with paging', async () => {
    const towns = await api.read('/units?parentId=D');
    expect(towns.body.items.map((u: { id: string }) => u.id)).toEqual(['T1', 'T2']);
    expect(towns.body.total).toBe(2);
    const below = await api.get('/units?ancestorId=T1').expect(200);
    expect(below.body.items.map((u: { id: string }) => u.id)).toEqual(['E1', 'T1']);
    const page = await api.get('/units?kind=town&limit=1&offset=1').expect(200);
    expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(page.body.items.map((u: { id: string }) => u.id)).toEqual(['T2']);
  });

  it('refuses bad filters and answers 503 when the projections cannot reach minPosition', async () => {
    await api.get('/units?kind=planet').expect(400);
    await api.get('/units?limit=5000').expect(400);
    await api.get('/units?colour=red').expect(400);
    const behind = await api.get(`/units?minPosition=${api.last + 1000}`).expect(503);
    expect(behind.headers['retry-after']).toBe('1');
  }, 15000);

  it('reports coverage of the units below', async () => {
    const coverage = await api.get('/agreements/coverage?year=2025&unitId=D').expect(200);
    expect(coverage.body.missing.map((m: { unitId: string }) => m.unitId)).toEqual([
      'E1',
      'T1',
      'T2',
    ]);
    await api.get('/agreements/coverage?year=2025&unitId=NOPE').expect(404);
  });
});
