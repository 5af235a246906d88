import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { ALL_PROJECTIONS } from '../../projections';
import { AUDIT_EVENTS, type AuditEventDoc, auditProjection } from '../../projections/audit';
import { loadConfig } from '../../src/config/app-config';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { instanceOwner } from '../../src/infrastructure/leases/lease-claims';
import { ReadModels } from '../../src/infrastructure/projections/read-models';
import { appendTicks } from '../support/ticks';
import { ProjectionThread } from '../../src/infrastructure/projections/thread/projection-thread';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';

const logger = pino({ level: 'silent' });

describe('projections in a worker thread', () => {
  let dir: string;
  let events: SqliteEventStore;
  let reads: SqliteReadStore;
  let thread: ProjectionThread;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'projection-thread-'));
    events = new SqliteEventStore({ file: join(dir, 'events.db') });
    reads = new SqliteReadStore({ directory: dir });
    thread = new ProjectionThread({
      config: loadConfig({ DATA_DIR: dir }),
      logger,
      readStore: reads,
      projections: ALL_PROJECTIONS,
      owner: instanceOwner(),
      restartDelayMs: 10,
    });
  });
  afterEach(async () => {
    await thread.stop();
    await events.close();
    await reads.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const audited = async () =>
    (
      await new ReadModels(reads, thread).find<AuditEventDoc>(auditProjection, AUDIT_EVENTS, {
        sort: [['position', 1]],
      })
    ).map((doc) => doc.position);

  it('projects what this thread appends, and reports its progress here', async () => {
    await appendTicks(events, 5, 1);
    await thread.start();
    const head = await appendTicks(events, 5, 2);

    expect(await thread.waitFor(head, 10_000)).toBe(true);
    expect(await audited()).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const statuses = await thread.status();
    expect(statuses.map((s) => s.name).sort()).toEqual(ALL_PROJECTIONS.map((p) => p.name).sort());
    for (const status of statuses) {
      expect(status).toMatchObject({ running: true, rebuilding: false, current: true });
      expect(status.position).toBe(head);
    }
    expect(thread.progress().every((slot) => !slot.building && slot.position === head)).toBe(true);
  });

  it('rebuilds in the worker and switches to the new generation', async () => {
    const head = await appendTicks(events, 3, 4);
    await thread.start();
    expect(await thread.waitFor(head, 10_000)).toBe(true);
    const before = (await thread.status()).find((s) => s.name === 'audit')!.generation;

    await thread.rebuild(['audit']);
    const deadline = Date.now() + 10_000;
    let after = before;
    while (after === before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = (await thread.status()).find((s) => s.name === 'audit')!.generation;
    }
    expect(after).not.toBe(before);
    expect(await audited()).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('starts a new worker when the worker dies, and goes on projecting', async () => {
    await thread.start();
    const first = await appendTicks(events, 3, 1);
    expect(await thread.waitFor(first, 10_000)).toBe(true);

    await (thread as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    const [dead] = await thread.status();
    expect(dead.failure?.message).toMatch(/^projection worker exited/);
    const head = await appendTicks(events, 3, 1);
    expect(await thread.waitFor(head, 10_000)).toBe(true);
    expect(await audited()).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await thread.status()).filter((status) => status.failure)).toEqual([]);
  });

  it('stops: the worker is gone, and calls to it are refused', async () => {
    await thread.start();
    await thread.stop();
    expect(thread.progress()).toEqual([]);
    await expect(thread.rebuild()).rejects.toThrow('not running');
  });
});
