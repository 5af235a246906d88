import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { ALL_PROJECTIONS } from '../../projections';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';
import { ADMIN_TOKEN, startTestApp, type TestApp } from './harness';

const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };

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

/** Asks /health until `done` holds of its answer (for at most `limitMs`), and returns that answer. */
async function healthUntil(
  t: TestApp,
  done: (response: Response) => boolean,
  limitMs = 15_000,
): Promise<Response> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const response = await t.http().get('/health');
    if (done(response) || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const registerDistrict = async (t: TestApp, id: string) =>
  (
    await t
      .http()
      .post('/api/v1/units')
      .set(auth)
      .send({ id, name: `区${id}`, kind: 'district' })
      .expect(201)
  ).body.position as number;

describe('/health and the projections', () => {
  let t: TestApp;
  afterEach(async () => t?.close());

  it('is served at the root and under /api/v1, with each projection at the head', async () => {
    t = await startTestApp();
    const position = await registerDistrict(t, 'D');
    await t.http().get(`/api/v1/units/D?minPosition=${position}`).set(auth).expect(200);
    for (const path of ['/health', '/api/v1/health']) {
      const response = await t.http().get(path).expect(200);
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
      t = await startTestApp({ PROJECTIONS_THREAD: thread });
      await registerDistrict(t, 'D');
      await healthUntil(t, (r) => projectionsOf(r).every((p) => p.state === 'current'));
      const db = new Database(join(t.dataDir, 'read-store.sqlite'));
      for (const when of ['INSERT', 'UPDATE']) {
        db.exec(`CREATE TRIGGER refuse_checkpoints_${when} BEFORE ${when} ON rs__checkpoints
               BEGIN SELECT RAISE(ABORT, 'the read store refuses writes'); END`);
      }
      const position = await registerDistrict(t, 'E');

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
      await t.http().get(`/api/v1/units/E?minPosition=${position}`).set(auth).expect(200);
    },
    30_000,
  );

  it('says degraded with 503 when projections stay behind, here held by a live instance that does not project', async () => {
    const first = await startTestApp();
    const built = await registerDistrict(first, 'D');
    await first.http().get(`/api/v1/units/D?minPosition=${built}`).set(auth).expect(200);
    await first.app.close();
    const reads = new SqliteReadStore({ directory: first.dataDir });
    for (const projection of ALL_PROJECTIONS) {
      await reads.tryAcquireLease(`projection_${projection.name}`, 'wedged', 3_600_000, new Date());
    }
    await reads.close();

    t = await startTestApp({ DATA_DIR: first.dataDir });
    expect((await t.http().get('/health').expect(200)).body.status).toBe('ok');
    const position = await registerDistrict(t, 'E');
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
