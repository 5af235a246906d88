import { ADMIN_TOKEN, startTestApp, type TestApp } from './harness';

describe.each(['worker', 'main'])('the service with PROJECTIONS_THREAD=%s', (mode) => {
  let t: TestApp;
  const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };
  beforeAll(async () => {
    t = await startTestApp({ PROJECTIONS_THREAD: mode });
  });
  afterAll(async () => t.close());

  it('reads what it wrote once projected, and reports every projection running', async () => {
    let last = 0;
    for (const unit of [
      { id: 'D', name: '区', kind: 'district' },
      { id: 'T1', name: '一镇', kind: 'town', parentId: 'D' },
    ]) {
      last = (await t.http().post('/api/v1/units').set(auth).send(unit).expect(201)).body.position;
    }
    const towns = await t
      .http()
      .get(`/api/v1/units?parentId=D&minPosition=${last}`)
      .set(auth)
      .expect(200);
    expect(towns.body.items.map((u: { _id: string }) => u._id)).toEqual(['T1']);

    const health = await t.http().get('/health').expect(200);
    const projections = health.body.projections as { running: boolean; position: number }[];
    expect(projections.length).toBeGreaterThan(0);
    for (const projection of projections) {
      expect(projection).toMatchObject({ running: true, position: last });
    }
  });

  it('answers as-of reads (replayed in a worker thread, or on the main one)', async () => {
    const asOf = new Date().toISOString();
    const chain = await t
      .http()
      .get(`/api/v1/responsibility-chain?unitId=T1&asOf=${encodeURIComponent(asOf)}`)
      .set(auth)
      .expect(200);
    expect(chain.body).toMatchObject({ unitId: 'T1', asOf });
    const year = await t
      .http()
      .get(`/api/v1/assessments/2025?asOf=${encodeURIComponent(asOf)}`)
      .set(auth)
      .expect(200);
    expect(year.body).toMatchObject({ year: 2025, asOf, units: [] });
    await t
      .http()
      .get('/api/v1/responsibility-chain?unitId=T1&asOf=2000-01-01T00:00:00Z')
      .set(auth)
      .expect(404);
  });
});
