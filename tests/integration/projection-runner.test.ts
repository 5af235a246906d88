import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Projection, ProjectionDocument } from '../../projections/projection';
import { appendTicks } from '../support/ticks';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { ProjectionRunner } from '../../src/infrastructure/projections/projection-runner';
import { ReadModelRebuilding, ReadModels } from '../../src/infrastructure/projections/read-models';
import type { ReadStore } from '../../src/infrastructure/read-store/read-store.port';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';

interface Counter extends ProjectionDocument {
  count: number;
  positions: number[];
}

/** Counts events per stream; applying an event twice would show in `count` and `positions`. */
const counting = (version = 1): Projection => ({
  name: 'counting',
  version,
  collections: { streams: { indexes: [['count']] } },
  handles: new Set(['Tick']),
  async apply(event, store) {
    const current = await store.get<Counter>('streams', event.streamId);
    store.put('streams', {
      _id: event.streamId,
      count: (current?.count ?? 0) + 1,
      positions: [...(current?.positions ?? []), event.position],
    });
  },
});

const logger = pino({ level: 'silent' });

describe('projection runner on the embedded stores', () => {
  let dir: string;
  let events: SqliteEventStore;
  let reads: ReadStore;
  const runners: ProjectionRunner[] = [];

  const startRunner = async (projection: Projection, leaseTtlMs = 30_000) => {
    const runner = new ProjectionRunner([projection], events, reads, logger, {
      batchSize: 7,
      leaseTtlMs,
    });
    runners.push(runner);
    await runner.start();
    return runner;
  };
  const counts = async (projection: Projection, runner: ProjectionRunner) =>
    (
      await new ReadModels(reads, runner).find<Counter>(projection, 'streams', {
        sort: [['_id', 1]],
      })
    ).map((d) => [d._id, d.count]);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'projections-'));
    events = new SqliteEventStore({ file: join(dir, 'events.db'), pollIntervalMs: 10 });
    reads = new SqliteReadStore({ directory: dir });
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await events.close();
    await reads.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('catches up, goes live, and resumes from its checkpoint without applying an event twice', async () => {
    const projection = counting();
    await appendTicks(events, 3, 10);
    const first = await startRunner(projection);
    let head = await appendTicks(events, 3, 5);
    expect(await first.waitFor(head, 5000)).toBe(true);
    expect(await counts(projection, first)).toEqual([
      ['tick-0', 15],
      ['tick-1', 15],
      ['tick-2', 15],
    ]);
    await first.stop();

    head = await appendTicks(events, 3, 2);
    const second = await startRunner(projection);
    expect(await second.waitFor(head, 5000)).toBe(true);
    const docs = await new ReadModels(reads, second).find<Counter>(projection, 'streams');
    for (const doc of docs) {
      expect(doc.count).toBe(17);
      expect(new Set(doc.positions).size).toBe(17);
    }
  });

  it('refuses reads of a generation built by an earlier version until this version has rebuilt it', async () => {
    const head = await appendTicks(events, 2, 20);
    const old = await startRunner(counting(1));
    await old.waitFor(head, 5000);
    await old.stop();

    const upgraded = counting(2);
    const reading = new ReadModels(reads, old);
    await expect(reading.find(upgraded, 'streams')).rejects.toBeInstanceOf(ReadModelRebuilding);
    const runner = await startRunner(upgraded);
    await runner.waitFor(head, 5000);
    for (let i = 0; i < 100 && (await runner.status())[0].rebuilding; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await counts(upgraded, runner)).toEqual([
      ['tick-0', 20],
      ['tick-1', 20],
    ]);
  });

  it('rebuilds into a new generation and switches only when caught up', async () => {
    const projection = counting();
    const head = await appendTicks(events, 2, 20);
    const runner = await startRunner(projection);
    await runner.waitFor(head, 5000);
    const before = await counts(projection, runner);
    const [{ generation: oldGeneration }] = await runner.status();

    await runner.rebuild(['counting']);
    expect(await runner.waitFor(head, 5000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [status] = await runner.status();
    expect(status.generation).not.toBe(oldGeneration);
    expect(status.rebuilding).toBe(false);
    expect(await counts(projection, runner)).toEqual(before);
  });

  it('indexes a rebuilt generation when it goes live, and keeps the index through live writes', async () => {
    const projection = counting();
    let head = await appendTicks(events, 3, 4);
    const runner = await startRunner(projection);
    await runner.rebuild(['counting']);
    expect(await runner.waitFor(head, 5000)).toBe(true);
    const indexRows = async () => {
      const [{ generation }] = await runner.status();
      const db = (reads as unknown as { db: { prepare(sql: string): { all(): unknown[] } } }).db;
      return db
        .prepare(`SELECT value, _id FROM "rs_ix_counting_streams_${generation}" ORDER BY _id`)
        .all();
    };
    const byCount = async (count: number) =>
      (
        await new ReadModels(reads, runner).find<Counter>(projection, 'streams', {
          where: { count },
        })
      ).map((d) => d._id);
    expect(await indexRows()).toEqual(
      ['tick-0', 'tick-1', 'tick-2'].map((_id) => ({ value: 4, _id })),
    );
    expect(await byCount(4)).toEqual(['tick-0', 'tick-1', 'tick-2']);
    head = await appendTicks(events, 1, 1);
    expect(await runner.waitFor(head, 5000)).toBe(true);
    expect(await byCount(4)).toEqual(['tick-1', 'tick-2']);
    expect(await byCount(5)).toEqual(['tick-0']);
    expect(await indexRows()).toHaveLength(3);
  });

  it.each([
    [0, 'several units of work', (n: number) => n >= 3],
    [1000, 'one unit of work', (n: number) => n === 1],
  ])(
    'once caught up, with a live batch delay of %i ms, projects 5 spaced appends in %s',
    async (liveBatchDelayMs, _, expected) => {
      const projection = counting();
      const runner = new ProjectionRunner([projection], events, reads, logger, {
        liveBatchDelayMs,
      });
      runners.push(runner);
      let transactions = 0;
      const transaction = reads.transaction.bind(reads);
      reads.transaction = (work) => {
        transactions += 1;
        return transaction(work);
      };
      await runner.start();
      expect(await runner.waitFor(await appendTicks(events, 1, 1), 5000)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 20));
      transactions = 0;
      let head = 0;
      for (let i = 0; i < 5; i++) {
        head = await appendTicks(events, 1, 1);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      expect(await runner.waitFor(head, 5000)).toBe(true);
      expect(expected(transactions)).toBe(true);
      expect(await counts(projection, runner)).toEqual([['tick-0', 6]]);
    },
  );

  it('rebuilds by itself when the projection version changes', async () => {
    const head = await appendTicks(events, 1, 10);
    const v1 = await startRunner(counting(1));
    await v1.waitFor(head, 5000);
    await v1.stop();
    const v2 = await startRunner(counting(2));
    expect(await v2.waitFor(head, 5000)).toBe(true);
    const [status] = await v2.status();
    expect(status.generation).toMatch(/^v2g/);
    expect(await counts(counting(2), v2)).toEqual([['tick-0', 10]]);
  });

  it('lets only the lease holder project', async () => {
    const projection = counting();
    const a = await startRunner(projection);
    const b = await startRunner(projection);
    const head = await appendTicks(events, 2, 10);
    expect(await a.waitFor(head, 5000)).toBe(true);
    const statuses = [...(await a.status()), ...(await b.status())];
    expect(statuses.filter((s) => s.running)).toHaveLength(1);
    expect(await counts(projection, a)).toEqual([
      ['tick-0', 10],
      ['tick-1', 10],
    ]);
  });

  it('reports a failed start as a failure, and starts once the read store takes writes again', async () => {
    const projection = counting();
    const head = await appendTicks(events, 2, 3);
    const db = new Database(join(dir, 'read-store.sqlite'));
    db.exec(`CREATE TRIGGER refuse_collections BEFORE INSERT ON rs__collections
             BEGIN SELECT RAISE(ABORT, 'no new collections'); END`);
    const runner = await startRunner(projection, 3000);
    expect(runner.progress()[0].failure).toMatchObject({ message: 'no new collections' });

    db.exec('DROP TRIGGER refuse_collections');
    db.close();
    expect(await runner.waitFor(head, 5000)).toBe(true);
    expect(runner.progress()[0].failure).toBeUndefined();
  });
});
