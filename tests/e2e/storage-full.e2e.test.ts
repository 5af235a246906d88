import type Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { type Api, expectProblem, useTestApp } from './support/api';
import { district, seedTree, town } from './support/tree';

/** Registers towns until the store refuses one; every answer is 201 or that refusal. */
async function writeUntilRefused(api: Api, prefix: string) {
  const acknowledged: string[] = [];
  for (let i = 0; i < 2_000; i++) {
    const id = `${prefix}${i}`;
    const response = await api.post('/units', town(id, 'D', `镇${'名'.repeat(190)}`));
    if (response.status === 201) {
      acknowledged.push(id);
      continue;
    }
    return { acknowledged, refusedId: id, refusal: response };
  }
  throw new Error('the store never ran out of space');
}

async function expectNothingHalfWritten(api: Api, acknowledged: string[], refusedId: string) {
  const store = api.t.app.get<EventStore>(EVENT_STORE);
  expect(await store.readStream(`unit-${refusedId}`)).toEqual([]);
  for (const id of acknowledged) expect(await store.readStream(`unit-${id}`)).toHaveLength(1);
  expect(await store.lastPosition()).toBe(acknowledged.length + 1);
}

function expectStorageFullProblem(refusal: Response) {
  expectProblem(refusal, 503, 'storage_full');
  expect(Number(refusal.headers['retry-after'])).toBeGreaterThan(0);
}

/** With room again, the write that was refused is accepted and the store is intact. */
async function expectRecovered(api: Api, refusedId: string): Promise<void> {
  await api.write('/units', town(refusedId, 'D', '镇'));
  const integrity = await api.get('/audit/integrity').expect(200);
  expect(integrity.body).toMatchObject({ ok: true });
}

describe('an event store whose database reaches its size limit (SQLITE_FULL)', () => {
  const api = useTestApp();

  it('answers 503 with Retry-After, keeps nothing of the refused write, and recovers', async () => {
    await seedTree(api, [district('D', '区')]);
    const db = (api.t.app.get<EventStore>(EVENT_STORE) as unknown as { db: Database.Database }).db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);

    const { acknowledged, refusedId, refusal } = await writeUntilRefused(api, 'T');
    expectStorageFullProblem(refusal);
    await expectNothingHalfWritten(api, acknowledged, refusedId);

    db.pragma('max_page_count = 4294967294');
    await expectRecovered(api, refusedId);
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
  const api = useTestApp({ DATA_DIR: mountPoint });
  afterAll(() => {
    execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After, keeps nothing of the refused write, and recovers', async () => {
    await seedTree(api, [district('D', '区')]);
    const filler = fillDisk(mountPoint);

    const { acknowledged, refusedId, refusal } = await writeUntilRefused(api, 'T');
    expectStorageFullProblem(refusal);
    await expectNothingHalfWritten(api, acknowledged, refusedId);

    rmSync(filler);
    await expectRecovered(api, refusedId);
  });
});
