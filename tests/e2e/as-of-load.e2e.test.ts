/**
 * As-of reads replay the log: they run off the request thread, and each user (and the service)
 * has only a few in flight at once. On a store where one replay takes a measurable time, parallel
 * as-of reads of one user are refused beyond the limit, and meanwhile `/health` answers about as
 * fast as with no as-of read running (ratios within this run, not absolute times), as no replay
 * runs on the request thread.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStore, type GeneratedStore } from '../../bench/data/generate';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { AsOfSnapshot } from '../../src/infrastructure/projections/as-of-snapshot';
import { healthUntil, startTestApp, type TestApp } from './harness';
import { Api, expectProblem } from './support/api';

const YEAR = 2025;

describe('as-of reads under load', () => {
  let dir: string;
  let generated: GeneratedStore;
  let t: TestApp;
  const api = new Api(() => t);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'as-of-load-'));
    generated = await generateStore({
      file: join(dir, 'events.db'),
      size: {
        cities: 1,
        districtsPerCity: [2, 2],
        cityDepartments: 1,
        district: { towns: 2, departments: 1, enterprises: [30, 30], keyShare: 0.2 },
      },
      targetEvents: 15_000,
      eventsPerYear: 15_000,
      assessedUnits: 20,
      lastYear: YEAR,
      seed: 5,
    });
    const events = new SqliteEventStore({ file: join(dir, 'events.db') });
    const head = await events.lastPosition();
    await events.close();
    t = await startTestApp({
      DATA_DIR: dir,
      PROJECTIONS_THREAD: 'worker',
      MAX_AS_OF_READS_PER_USER: '2',
      MAX_AS_OF_READS: '3',
    });
    await caughtUp(head);
  }, 240_000);

  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Waits until every projection has applied the whole log. */
  async function caughtUp(head: number): Promise<void> {
    const reached = (health: { body: { projections: { position: number }[] } }) =>
      health.body.projections.length > 0 &&
      health.body.projections.every((p) => p.position >= head);
    if (!reached(await healthUntil(t, reached, 180_000))) {
      throw new Error('the projections did not catch up');
    }
  }

  const unitPath = (unitId: string, asOf: string) =>
    `/assessments/${YEAR}/units/${unitId}?asOf=${encodeURIComponent(asOf)}`;

  /** A distinct time late in the year for each read, so that none reuses another's snapshot. */
  const lateInYear = (i: number, minute: number) =>
    new Date(Date.UTC(YEAR, 11, 1 + i, 2, minute)).toISOString();

  async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
    const started = performance.now();
    const value = await work();
    return { value, ms: performance.now() - started };
  }

  /** `/health` one after another until `done` settles: each answer's time. */
  async function healthWhile(done: Promise<unknown>) {
    let finished = false;
    void done.finally(() => (finished = true));
    const times: number[] = [];
    do {
      const { value, ms } = await timed(() => api.health());
      expect(value.status).toBe(200);
      times.push(ms);
    } while (!finished);
    return { times };
  }

  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };

  it('refuses a user beyond two as-of reads in flight, and /health stays quick while they replay off the request thread', async () => {
    const unitId = generated.assessedUnitIds[0];
    const idle = await healthWhile(new Promise((resolve) => setTimeout(resolve, 1_500)));

    const replaysHere = jest.spyOn(AsOfSnapshot, 'replay');
    const reads = Array.from({ length: 5 }, (_, i) =>
      timed(() => api.get(unitPath(unitId, lateInYear(i, 0)))),
    );
    const answered = Promise.all(reads);
    const loaded = await healthWhile(answered);
    const answers = await answered;
    const replaysOnThisThread = replaysHere.mock.calls.length;
    replaysHere.mockRestore();

    const ok = answers.filter((a) => a.value.status === 200);
    const refused = answers.filter((a) => a.value.status === 429);
    // The replays took a while, none of them on this (the request) thread; meanwhile /health
    // answered at its idle pace, within a generous factor.
    expect(Math.min(...ok.map((a) => a.ms))).toBeGreaterThan(200);
    expect(replaysOnThisThread).toBe(0);
    expect(median(loaded.times)).toBeLessThan(Math.max(5 * median(idle.times), 50));

    expect(ok).toHaveLength(2);
    expect(refused).toHaveLength(3);
    for (const { value } of ok) expect(value.body).toMatchObject({ unitId, year: YEAR });
    for (const { value } of refused) {
      expectProblem(value, 429, 'too_many_as_of_reads');
      expect(Number(value.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(value.body.status).toBe(429);
    }
  }, 120_000);

  it('refuses every user beyond the service-wide cap', async () => {
    const scopeUnitId = generated.world.roots[0].id;
    const auditor = api.as(await api.userToken('u-auditor', 'auditor', scopeUnitId));
    const unitId = generated.assessedUnitIds[1];

    // Two of the admin's reads hold two of the service's three places...
    const adminReads = Array.from({ length: 3 }, (_, i) =>
      api.get(unitPath(unitId, lateInYear(i, 30))).then((r) => r),
    );
    const refused = await Promise.race([
      ...adminReads.map((read) => read.then((r) => (r.status === 429 ? r : new Promise(() => {})))),
      Promise.all(adminReads).then(() => null),
    ]);
    expect(refused).toMatchObject({ status: 429 });
    // ...so the auditor gets the last one, and is then refused although under its own limit.
    const auditorReads = await Promise.all(
      [0, 1].map((i) =>
        auditor.get(
          `/responsibility-chain?unitId=${unitId}&asOf=${encodeURIComponent(lateInYear(i, 45))}`,
        ),
      ),
    );
    expect(auditorReads.map((r) => r.status).sort()).toEqual([200, 429]);
    const refusal = auditorReads.find((r) => r.status === 429)!;
    expect(refusal.headers['retry-after']).toBeDefined();
    expect(refusal.body.type).toBe('urn:safety:problem:too_many_as_of_reads');
    expect((await Promise.all(adminReads)).map((r) => r.status).sort()).toEqual([200, 200, 429]);
  }, 120_000);
});
