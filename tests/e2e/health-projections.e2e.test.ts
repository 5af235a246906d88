import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { ALL_PROJECTIONS } from '../../projections';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';
import { healthUntil, startTestApp, type TestApp } from './harness';
import { Api } from './support/api';
import { district, seedTree } from './support/tree';

interface ProjectionHealth {
  name: string;
  position: number;
  head: number;
  state: string;
  running: boolean;
  failing: boolean;
  lastError?: string;
  failingSince?: string;
  stalledSince?: string;
}

const projectionsOf = (response: Response) => response.body.projections as ProjectionHealth[];

/** Registers a district; returns the position of its write. */
const registerDistrict = async (api: Api, id: string) => {
  await seedTree(api, [district(id, `区${id}`)]);
  return api.last;
};

describe('/health and the projections', () => {
  let t: TestApp;
  afterEach(async () => t?.close());

  /** The application of this test, on fresh stores unless `env` names a DATA_DIR. */
  const start = async (env: Record<string, string> = {}) => {
    t = await startTestApp(env);
    return new Api(() => t);
  };

  it('is served at the root and under /api/v1, with each projection at the head', async () => {
    const api = await start();
    const position = await registerDistrict(api, 'D');
    await api.read('/units/D');
    for (const path of ['/health', '/api/v1/health']) {
      const response = await api.t.http().get(path).expect(200);
      expect(response.body.status).toBe('ok');
      expect(projectionsOf(response).length).toBe(ALL_PROJECTIONS.length);
      for (const projection of projectionsOf(response)) {
        expect(projection).toMatchObject({
          position,
          head: position,
          state: 'current',
          running: true,
          failing: false,
        });
      }
    }
  });

  it.each(['worker', 'main'])(
    'says degraded with 503 while the read store refuses the projections’ writes, then ok again (projections in the %s thread)',
    async (thread) => {
      const api = await start({ PROJECTIONS_THREAD: thread });
      await registerDistrict(api, 'D');
      await healthUntil(t, (r) => projectionsOf(r).every((p) => p.state === 'current'));
      const db = new Database(join(t.dataDir, 'read-store.sqlite'));
      for (const when of ['INSERT', 'UPDATE']) {
        db.exec(`CREATE TRIGGER refuse_checkpoints_${when} BEFORE ${when} ON rs__checkpoints
               BEGIN SELECT RAISE(ABORT, 'the read store refuses writes'); END`);
      }
      const position = await registerDistrict(api, 'E');

      const failing = await healthUntil(t, (r) => r.status === 503);
      expect(failing.status).toBe(503);
      expect(failing.body.status).toBe('degraded');
      for (const projection of projectionsOf(failing)) {
        expect(projection).toMatchObject({ failing: true, state: 'failing', head: position });
        expect(projection.position).toBeLessThan(position);
        expect(projection.lastError).toContain('the read store refuses writes');
        expect(projection.lastError).not.toMatch(/\n\s+at /);
        expect(Date.parse(projection.failingSince!)).toBeLessThanOrEqual(Date.now());
      }

      db.exec('DROP TRIGGER refuse_checkpoints_INSERT; DROP TRIGGER refuse_checkpoints_UPDATE');
      db.close();
      const recovered = await healthUntil(t, (r) => r.status === 200);
      expect(recovered.status).toBe(200);
      expect(recovered.body.status).toBe('ok');
      await api.read('/units/E');
    },
    30_000,
  );

  it('says degraded with 503 when projections stay behind, here held by a live instance that does not project', async () => {
    const first = await startTestApp();
    const before = new Api(() => first);
    const built = await registerDistrict(before, 'D');
    await before.read('/units/D');
    await first.app.close();
    const reads = new SqliteReadStore({ directory: first.dataDir });
    for (const projection of ALL_PROJECTIONS) {
      await reads.tryAcquireLease(`projection_${projection.name}`, 'wedged', 3_600_000, new Date());
    }
    await reads.close();

    const api = await start({ DATA_DIR: first.dataDir });
    expect((await api.health().expect(200)).body.status).toBe('ok');
    const position = await registerDistrict(api, 'E');
    const stalled = await healthUntil(t, (r) => r.status === 503);
    expect(stalled.status).toBe(503);
    expect(stalled.body.status).toBe('degraded');
    for (const projection of projectionsOf(stalled)) {
      expect(projection).toMatchObject({
        state: 'stalled',
        running: false,
        failing: false,
        position: built,
        head: position,
      });
      expect(Date.now() - Date.parse(projection.stalledSince!)).toBeGreaterThanOrEqual(5_000);
    }
  }, 30_000);
});
