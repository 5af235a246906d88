import type Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { ADMIN_TOKEN, startTestApp, type TestApp } from './harness';

const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };

/** Registers towns until the store refuses one; every answer is 201 or that refusal. */
async function writeUntilRefused(t: TestApp, prefix: string) {
  const acknowledged: string[] = [];
  for (let i = 0; i < 2_000; i++) {
    const id = `${prefix}${i}`;
    const response = await t
      .http()
      .post('/api/v1/units')
      .set(auth)
      .send({ id, name: `镇${'名'.repeat(190)}`, kind: 'town', parentId: 'D' });
    if (response.status === 201) {
      acknowledged.push(id);
      continue;
    }
    return { acknowledged, refusedId: id, refusal: response };
  }
  throw new Error('the store never ran out of space');
}

async function expectNothingHalfWritten(t: TestApp, acknowledged: string[], refusedId: string) {
  const store = t.app.get<EventStore>(EVENT_STORE);
  expect(await store.readStream(`unit-${refusedId}`)).toEqual([]);
  for (const id of acknowledged) expect(await store.readStream(`unit-${id}`)).toHaveLength(1);
  expect(await store.lastPosition()).toBe(acknowledged.length + 1);
}

async function expectIntact(t: TestApp) {
  const integrity = await t.http().get('/api/v1/audit/integrity').set(auth).expect(200);
  expect(integrity.body).toMatchObject({ ok: true });
}

function expectStorageFullProblem(refusal: {
  status: number;
  headers: Record<string, string>;
  body: { type?: string };
}) {
  expect(refusal.status).toBe(503);
  expect(refusal.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(refusal.body.type).toMatch(/storage_full/);
  expect(Number(refusal.headers['retry-after'])).toBeGreaterThan(0);
}

/** With room again, the write that was refused is accepted and the store is intact. */
async function expectRecovered(t: TestApp, refusedId: string): Promise<void> {
  await t
    .http()
    .post('/api/v1/units')
    .set(auth)
    .send({ id: refusedId, name: '镇', kind: 'town', parentId: 'D' })
    .expect(201);
  await expectIntact(t);
}

describe('an event store whose database reaches its size limit (SQLITE_FULL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('answers 503 with Retry-After, keeps nothing of the refused write, and recovers', async () => {
    await t.http().post('/api/v1/units').set(auth).send({ id: 'D', name: '区', kind: 'district' });
    const db = (t.app.get<EventStore>(EVENT_STORE) as unknown as { db: Database.Database }).db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);

    const { acknowledged, refusedId, refusal } = await writeUntilRefused(t, 'T');
    expectStorageFullProblem(refusal);
    await expectNothingHalfWritten(t, acknowledged, refusedId);

    db.pragma('max_page_count = 4294967294');
    await expectRecovered(t, refusedId);
  });
});

const mountPoint = mkdtempSync(join(tmpdir(), 'storage-full-'));
const mountError = (() => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint], {
      stdio: 'pipe',
    });
    return undefined;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error).trim() || 'mount failed';
  }
})();

/** Fills what is left of the disk; returns the file to delete to free it again. */
function fillDisk(dir: string): string {
  const filler = join(dir, 'filler');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return filler;
}

describe('a data directory on a full disk', () => {
  if (mountError !== undefined) {
    rmSync(mountPoint, { recursive: true, force: true });
    // The title is the reason: tests/support/skip-reasons-reporter.js prints it.
    it.skip(`a full tmpfs: mounting one failed (${mountError.split('\n')[0]})`, () => undefined);
    return;
  }
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: mountPoint });
  });
  afterAll(async () => {
    await t.close();
    execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After, keeps nothing of the refused write, and recovers', async () => {
    await t.http().post('/api/v1/units').set(auth).send({ id: 'D', name: '区', kind: 'district' });
    const filler = fillDisk(mountPoint);

    const { acknowledged, refusedId, refusal } = await writeUntilRefused(t, 'T');
    expectStorageFullProblem(refusal);
    await expectNothingHalfWritten(t, acknowledged, refusedId);

    rmSync(filler);
    await expectRecovered(t, refusedId);
  });
});
