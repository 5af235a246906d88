import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, serviceApi, serviceEnv, useServices } from './support/service';
import { district, seedTree } from './support/tree';

const CLAIM_TTL_SECONDS = 2;
const FINDINGS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A keyed request whose process is killed while it runs: its key must not stay claimed forever.
 * The request is an inspection with many findings (one hazard each, appended one after another),
 * so the process can be killed after the inspection and some of its hazards were recorded.
 */
describe('an Idempotency-Key whose request was killed with SIGKILL', () => {
  let dataDir: string;
  const startService = useServices();
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'idempotency-crash-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is taken over by a retry once the claim has expired, which completes the request once', async () => {
    const port = await freePort();
    const env = {
      ...serviceEnv(dataDir, port),
      IDEMPOTENCY_CLAIM_TTL_SECONDS: String(CLAIM_TTL_SECONDS),
      // The answer lists 1,000 hazards: keep it whole so that the repeat is a replay.
      IDEMPOTENCY_MAX_ANSWER_BYTES: '786432',
    };
    const api = serviceApi(port);
    const inspection = {
      id: 'INS-1',
      inspectedUnitId: 'D',
      inspectingUnitId: 'D',
      kind: 'routine',
      conductedAt: '2025-03-01T10:00:00+08:00',
      inspectors: ['王五'],
      findings: Array.from({ length: FINDINGS }, (_, i) => ({
        level: 'general',
        description: `隐患${i}`,
        deadline: '2025-04-01T00:00:00Z',
      })),
    };
    const inspect = () =>
      api.post('/inspections', inspection).set('Idempotency-Key', 'inspection-1');

    const service = await startService(env);
    await seedTree(api, [district('D')]);

    const events = new Database(join(dataDir, 'events.db'), { readonly: true });
    const hazards = () =>
      (
        events
          .prepare("SELECT count(*) AS n FROM events WHERE type = 'HazardIdentified'")
          .get() as { n: number }
      ).n;
    try {
      let settled = false;
      const first = inspect().then(
        (response) => ((settled = true), response.status),
        () => 'killed',
      );
      while (hazards() === 0 && !settled) await sleep(1);
      service.kill('SIGKILL');
      expect(await first).toBe('killed');
      const recordedBeforeTheKill = hazards();
      expect(recordedBeforeTheKill).toBeLessThan(FINDINGS);

      await startService(env);
      const started = Date.now();
      let answer = await inspect();
      while (answer.status === 409 && Date.now() - started < (CLAIM_TTL_SECONDS + 10) * 1000) {
        expect(answer.body.type).toBe('urn:safety:problem:request_in_progress');
        expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
        await sleep(200);
        answer = await inspect();
      }
      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({ id: 'INS-1' });
      expect(answer.body.hazards).toHaveLength(FINDINGS);
      expect(hazards()).toBe(FINDINGS);

      const replay = await inspect();
      expect(replay.status).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
    } finally {
      events.close();
    }
  }, 120_000);
});
