import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { ALL_PROJECTIONS } from '../../projections';
import { collectionAlias } from '../../src/infrastructure/projections/generations';
import { ProjectionRunner } from '../../src/infrastructure/projections/projection-runner';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';
import type { ReadStore } from '../../src/infrastructure/read-store/read-store.port';
import { ADMIN_TOKEN, startTestApp } from '../e2e/harness';
import { randomCommands } from './random-commands';

const root = join(__dirname, '..', '..');

/** Every live document of every projection, by logical collection. */
async function dump(reads: ReadStore): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const projection of ALL_PROJECTIONS) {
    for (const collection of Object.keys(projection.collections)) {
      const physical = await reads.resolveAlias(collectionAlias(projection, collection));
      out[`${projection.name}.${collection}`] = physical
        ? await reads.find(physical, { sort: [['_id', 1]] })
        : [];
    }
  }
  return out;
}

describe('read models converge', () => {
  let dataDir: string;
  beforeAll(async () => {
    const t = await startTestApp();
    dataDir = mkdtempSync(join(tmpdir(), 'convergence-'));
    const http = () => t.http();
    for (const command of randomCommands(7, 1500)) {
      await http()
        [command.method](`/api/v1${command.path}`)
        .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
        .send(command.body);
    }
    const head = (await http().get('/health')).body.eventStore.lastPosition as number;
    await http()
      .get(`/api/v1/units?minPosition=${head}`)
      .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
      .expect(200);
    await t.app.close();
    dataDir = t.dataDir;
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('builds the same documents incrementally as in a rebuild from scratch', async () => {
    const events = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    const reads = new SqliteReadStore({ directory: dataDir });
    const runner = new ProjectionRunner(ALL_PROJECTIONS, events, reads, pino({ level: 'silent' }));
    try {
      await runner.start();
      const head = await events.lastPosition();
      expect(await runner.waitFor(head, 10_000)).toBe(true);
      const incremental = await dump(reads);
      expect(Object.values(incremental).flat().length).toBeGreaterThan(100);
      await runner.rebuild();
      await waitUntilRebuilt(runner);
      expect(await dump(reads)).toEqual(incremental);
    } finally {
      await runner.stop();
      await events.close();
      await reads.close();
    }
  }, 60_000);

  it('converges after the projecting process is killed mid-way', async () => {
    const crashDir = mkdtempSync(join(tmpdir(), 'convergence-crash-'));
    try {
      const source = new SqliteEventStore({ file: join(dataDir, 'events.db') });
      const copy = new SqliteEventStore({ file: join(crashDir, 'events.db') });
      for (let position = 0; ;) {
        const batch = await source.readAll(position, { limit: 1000, raw: true });
        if (batch.length === 0) break;
        for (const event of batch) {
          await copy.append(
            event.streamId,
            [
              {
                id: event.id,
                type: event.type,
                schemaVersion: event.schemaVersion,
                data: event.data,
                metadata: event.metadata,
              },
            ],
            event.revision - 1 < 0 ? 'no_stream' : event.revision - 1,
          );
        }
        position = batch[batch.length - 1].position;
      }
      const head = await copy.lastPosition();
      await source.close();
      await copy.close();

      const killedAt = await runAndKill(crashDir);
      expect(killedAt).toBeLessThan(head);

      const events = new SqliteEventStore({ file: join(crashDir, 'events.db') });
      const reads = new SqliteReadStore({ directory: crashDir });
      // The killed process still holds the projection leases until they expire (2 s here).
      const runner = new ProjectionRunner(
        ALL_PROJECTIONS,
        events,
        reads,
        pino({ level: 'silent' }),
        {
          leaseTtlMs: 2000,
        },
      );
      try {
        await runner.start();
        expect(await runner.waitFor(head, 15_000)).toBe(true);
        const resumed = await dump(reads);
        await runner.rebuild();
        await waitUntilRebuilt(runner);
        expect(await dump(reads)).toEqual(resumed);
      } finally {
        await runner.stop();
        await events.close();
        await reads.close();
      }
    } finally {
      rmSync(crashDir, { recursive: true, force: true });
    }
  }, 60_000);
});

async function waitUntilRebuilt(runner: ProjectionRunner): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const statuses = await runner.status();
    if (statuses.every((s) => !s.rebuilding)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('rebuild did not finish');
}

/** Starts a projecting process and kills it with SIGKILL once it has projected part of the log. */
function runAndKill(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        join(root, 'tests/support/ts-register.js'),
        join(root, 'tests/support/project-forever.ts'),
        dataDir,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let last = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      const line = chunk.toString().trim().split('\n').pop() ?? '';
      const positions = line.replace('positions ', '').split(' ').map(Number);
      const max = Math.max(...positions);
      if (max > 0) {
        last = max;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', () => resolve(last));
    child.on('error', reject);
  });
}
