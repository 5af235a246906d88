import { useTestApp } from './support/api';
import { district, seedTree, town } from './support/tree';

describe.each(['worker', 'main'])('the service with PROJECTIONS_THREAD=%s', (mode) => {
  const api = useTestApp({ PROJECTIONS_THREAD: mode });

  it('reads what it wrote once projected, and reports every projection running', async () => {
    await seedTree(api, [district('D', '区'), town('T1', 'D', '一镇')]);
    const towns = await api.read('/units?parentId=D');
    expect(towns.body.items.map((u: { id: string }) => u.id)).toEqual(['T1']);

    const health = await api.health().expect(200);
    const projections = health.body.projections as { running: boolean; position: number }[];
    expect(projections.length).toBeGreaterThan(0);
    for (const projection of projections) {
      expect(projection).toMatchObject({ running: true, position: api.last });
    }
  });

  it('answers as-of reads (replayed in a worker thread, or on the main one)', async () => {
    const asOf = new Date().toISOString();
    const chain = await api
      .get(`/responsibility-chain?unitId=T1&asOf=${encodeURIComponent(asOf)}`)
      .expect(200);
    expect(chain.body).toMatchObject({ unitId: 'T1', asOf });
    const year = await api.get(`/assessments/2025?asOf=${encodeURIComponent(asOf)}`).expect(200);
    expect(year.body).toMatchObject({ year: 2025, asOf, units: [] });
    await api.get('/responsibility-chain?unitId=T1&asOf=2000-01-01T00:00:00Z').expect(404);
  });
});
