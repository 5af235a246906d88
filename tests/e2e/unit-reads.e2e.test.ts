import { ADMIN_TOKEN, startTestApp, type TestApp } from './harness';

describe('unit reads from the projections', () => {
  let t: TestApp;
  const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };
  let last = 0;
  beforeAll(async () => {
    t = await startTestApp();
    for (const unit of [
      { id: 'D', name: '区', kind: 'district' },
      { id: 'T1', name: '一镇', kind: 'town', parentId: 'D' },
      { id: 'T2', name: '二镇', kind: 'town', parentId: 'D' },
      { id: 'E1', name: '企业', kind: 'enterprise', parentId: 'T1', industry: 'construction' },
    ]) {
      last = (await t.http().post('/api/v1/units').set(auth).send(unit).expect(201)).body.position;
    }
  });
  afterAll(async () => t.close());

  it('lists units by parent, kind and ancestor, with paging', async () => {
    const towns = await t
      .http()
      .get(`/api/v1/units?parentId=D&minPosition=${last}`)
      .set(auth)
      .expect(200);
    expect(towns.body.items.map((u: { _id: string }) => u._id)).toEqual(['T1', 'T2']);
    expect(towns.body.total).toBe(2);
    const below = await t.http().get('/api/v1/units?ancestorId=T1').set(auth).expect(200);
    expect(below.body.items.map((u: { _id: string }) => u._id)).toEqual(['E1', 'T1']);
    const page = await t
      .http()
      .get('/api/v1/units?kind=town&limit=1&offset=1')
      .set(auth)
      .expect(200);
    expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(page.body.items.map((u: { _id: string }) => u._id)).toEqual(['T2']);
  });

  it('refuses bad filters and answers 503 when the projections cannot reach minPosition', async () => {
    await t.http().get('/api/v1/units?kind=planet').set(auth).expect(400);
    await t.http().get('/api/v1/units?limit=5000').set(auth).expect(400);
    await t.http().get('/api/v1/units?colour=red').set(auth).expect(400);
    const behind = await t
      .http()
      .get(`/api/v1/units?minPosition=${last + 1000}`)
      .set(auth)
      .expect(503);
    expect(behind.headers['retry-after']).toBe('1');
  }, 15000);

  it('reports coverage of the units below', async () => {
    const coverage = await t
      .http()
      .get('/api/v1/agreements/coverage?year=2025&unitId=D')
      .set(auth)
      .expect(200);
    expect(coverage.body.missing.map((m: { unitId: string }) => m.unitId)).toEqual([
      'E1',
      'T1',
      'T2',
    ]);
    await t.http().get('/api/v1/agreements/coverage?year=2025&unitId=NOPE').set(auth).expect(404);
  });
});
