import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ALL_PROJECTIONS } from '../projections';
import { SqliteEventStore } from '../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { upcasters } from '../src/infrastructure/event-store/upcasting/upcasters';
import { createLogger } from '../src/infrastructure/logging/logger';
import { ProjectionRunner } from '../src/infrastructure/projections/projection-runner';
import { SqliteReadStore } from '../src/infrastructure/read-store/sqlite/sqlite-read-store';
import { peakRssMb } from './support/server';
import { asWorker, runWorker } from './support/worker';

/** The projection runner's default batch size. */
const READ_BATCH = 5_000;

export interface RebuildResult {
  events: number;
  ms: number;
  eventsPerSec: number;
  peakRssMb: number;
  /** RSS of the worker before the rebuild started (node, modules, open stores). */
  baselineRssMb: number;
  batchSize: number | 'default';
  projections: string[];
  /**
   * The longest time the worker's event loop could not run a timer during the rebuild: what a
   * request to a service rebuilding its projections could wait at most (one catch-up batch, or
   * one slice of indexing a generation going live).
   */
  longestEventLoopStallMs: number;
  /**
   * Reading the same log alone, in the runner's batches, upcast and decoded, with nothing projected
   * (after the rebuild, in the same process): the most a rebuild could reach on this store.
   */
  readOnlyEventsPerSec: number;
}

/**
 * A full rebuild of every projection (ALL_PROJECTIONS) from the event store into an empty read
 * store, with the service's own ProjectionRunner and default options, in a child process so that
 * its peak RSS (VmHWM) is the rebuild's alone. Timed from `runner.start()` until every projection's
 * live generation has reached the store's last position. The read store is left in
 * `<dataDir>/read-store.sqlite`, so a server started on `dataDir` begins with caught-up projections.
 */
export function measureRebuild(options: {
  eventsFile: string;
  dataDir: string;
  nodeArgs?: string[];
  /** Only for experiments: the runner's batch size (the service uses the default, 5,000). */
  batchSize?: number;
}): Promise<RebuildResult> {
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(join(options.dataDir, `read-store.sqlite${suffix}`), { force: true });
  }
  return runWorker<RebuildResult>(
    'rebuild worker',
    __filename,
    [options.eventsFile, options.dataDir, options.batchSize ?? 0],
    options.nodeArgs,
  );
}

async function worker(
  eventsFile: string,
  dataDir: string,
  batchSize: number,
): Promise<RebuildResult> {
  const logger = createLogger('warn');
  const events = new SqliteEventStore({ file: eventsFile, upcasters });
  const cacheSize = Number(process.env.BENCH_EXPERIMENT_DOCUMENT_CACHE ?? 0);
  const reads = new SqliteReadStore({
    directory: dataDir,
    backgroundCheckpoint: true,
    ...(cacheSize > 0 && { documentCacheSize: cacheSize }),
  });
  if (cacheSize > 0) process.stderr.write(`experiment: documentCacheSize ${cacheSize}\n`);
  const only = process.env.BENCH_EXPERIMENT_PROJECTIONS?.split(',').filter(Boolean);
  const projections = only ? ALL_PROJECTIONS.filter((p) => only.includes(p.name)) : ALL_PROJECTIONS;
  if (only) process.stderr.write(`experiment: projections ${only.join(',')}\n`);
  const runner = new ProjectionRunner(
    projections,
    events,
    reads,
    logger,
    batchSize > 0 ? { batchSize } : {},
  );
  experimentPragmas(events, process.env.BENCH_EXPERIMENT_EVENT_PRAGMAS);
  experimentPragmas(reads, process.env.BENCH_EXPERIMENT_READ_PRAGMAS);
  const head = await events.lastPosition();
  const baselineRssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const started = process.hrtime.bigint();
  await runner.start();
  const done = await runner.waitFor(head, 60 * 60 * 1000);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // A stall is recorded when the monitor's next timer runs: let it run once after the last one.
  await new Promise((resolve) => setTimeout(resolve, 30));
  stalls.disable();
  if (!done) throw new Error('the rebuild did not finish');
  const peak = peakRssMb('self') || Math.round(process.resourceUsage().maxRSS / 1024);
  await runner.stop();
  const readOnlyEventsPerSec = await readOnlyPace(events, head);
  await events.close();
  await reads.close();
  return {
    events: head,
    ms: Math.round(ms),
    eventsPerSec: Math.round(head / (ms / 1000)),
    peakRssMb: peak,
    baselineRssMb,
    batchSize: batchSize > 0 ? batchSize : 'default',
    projections: projections.map((p) => p.name),
    longestEventLoopStallMs: Math.round(stalls.max / 1e6),
    readOnlyEventsPerSec,
  };
}

async function readOnlyPace(events: SqliteEventStore, head: number): Promise<number> {
  const started = process.hrtime.bigint();
  let read = 0;
  for (let from = 0; from < head;) {
    const batch = await events.readAll(from, { limit: READ_BATCH });
    if (batch.length === 0) break;
    read += batch.length;
    from = batch[batch.length - 1].position;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return Math.round(read / seconds);
}

/**
 * Experiments only (never in the reported figures unless the output says so): pragmas set on a
 * store's private connection, e.g. BENCH_EXPERIMENT_READ_PRAGMAS="synchronous=OFF;cache_size=-262144",
 * to measure a change to src/ before recommending it.
 */
function experimentPragmas(store: object, pragmas: string | undefined): void {
  if (!pragmas) return;
  const db = (store as { db?: { pragma(source: string): unknown } }).db;
  for (const pragma of pragmas.split(';').filter(Boolean)) db?.pragma(pragma);
  process.stderr.write(`experiment: ${pragmas}\n`);
}

asWorker(module, ([eventsFile, dataDir, batchSize]) =>
  worker(eventsFile, dataDir, Number(batchSize)),
);
