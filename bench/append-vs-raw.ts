import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type {
  EventMetadataInput,
  NewEvent,
} from '../src/infrastructure/event-store/event-store.port';
import { EVENT_STORE_SCHEMA } from '../src/infrastructure/event-store/sqlite/schema';
import { SqliteEventStore } from '../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { upcasters } from '../src/infrastructure/event-store/upcasting/upcasters';
import { median } from './support/stats';

export const BATCH_SIZE = 100;

export interface AppendVsRawResult {
  batchSize: number;
  batches: number;
  rounds: number;
  /** Events per second through SqliteEventStore.append (median of the rounds). */
  storeEventsPerSec: number;
  /** Events per second of raw better-sqlite3 inserts of the same rows (median of the rounds). */
  rawEventsPerSec: number;
  /** Median of the rounds' ratios (each round's store run divided by its own raw run). */
  ratio: number;
  roundRatios: number[];
  storeRounds: number[];
  rawRounds: number[];
}

type Row = [string, string, number, string, number, string, string, string];

/**
 * Append throughput of the event store against raw better-sqlite3 inserts of the same rows into
 * the same schema, same pragmas (WAL, synchronous=NORMAL), one transaction per batch of 100
 * events in both. The store run goes first; the raw run then inserts exactly the rows the store
 * stored (read back from its file: data, metadata with hashes, recorded_at) plus the same
 * stream-head row per batch, so the difference is the store's own work: the head and duplicate-id
 * lookups, sealing (canonical JSON + SHA-256 per event), JSON encoding and result objects.
 * Rounds run store then raw on fresh files; the figure is the median of the rounds' ratios, so a
 * round's two runs are compared under the same conditions (this machine's speed drifts by ±15 %
 * between runs a minute apart).
 */
export async function measureAppendVsRaw(options: {
  dir: string;
  /** Realistic events to append (type, data, metadata); ids are replaced. */
  templates: readonly NewEvent[];
  batches: number;
  rounds: number;
  streams?: number;
}): Promise<AppendVsRawResult> {
  mkdirSync(options.dir, { recursive: true });
  const streams = options.streams ?? 500;
  const storeRounds: number[] = [];
  const rawRounds: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const storeFile = join(options.dir, `store-${round}.db`);
    const rawFile = join(options.dir, `raw-${round}.db`);
    const batches = makeBatches(options.templates, options.batches, streams);
    storeRounds.push(await appendThroughStore(storeFile, batches));
    const rows = readRows(storeFile);
    rawRounds.push(insertRaw(rawFile, rows));
    for (const file of [storeFile, rawFile]) removeDb(file);
  }
  const storeEventsPerSec = median(storeRounds);
  const rawEventsPerSec = median(rawRounds);
  return {
    batchSize: BATCH_SIZE,
    batches: options.batches,
    rounds: options.rounds,
    storeEventsPerSec: Math.round(storeEventsPerSec),
    rawEventsPerSec: Math.round(rawEventsPerSec),
    ratio: median(storeRounds.map((store, i) => store / rawRounds[i])),
    roundRatios: storeRounds.map((store, i) => Math.round((100 * store) / rawRounds[i]) / 100),
    storeRounds: storeRounds.map(Math.round),
    rawRounds: rawRounds.map(Math.round),
  };
}

interface Batch {
  streamId: string;
  events: NewEvent[];
}

function makeBatches(templates: readonly NewEvent[], count: number, streams: number): Batch[] {
  const batches: Batch[] = [];
  let next = 0;
  for (let b = 0; b < count; b++) {
    const events: NewEvent[] = [];
    for (let i = 0; i < BATCH_SIZE; i++) {
      const template = templates[next++ % templates.length];
      events.push({ ...template, id: randomUUID() });
    }
    batches.push({ streamId: `benchappend-${b % streams}`, events });
  }
  return batches;
}

async function appendThroughStore(file: string, batches: readonly Batch[]): Promise<number> {
  removeDb(file);
  const store = new SqliteEventStore({ file, upcasters });
  const revisions = new Map<string, number>();
  const started = process.hrtime.bigint();
  for (const { streamId, events } of batches) {
    const result = await store.append(streamId, events, revisions.get(streamId) ?? 'no_stream');
    revisions.set(streamId, result.nextExpectedRevision);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await store.close();
  return (batches.length * BATCH_SIZE) / seconds;
}

function readRows(file: string): Row[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT id, stream_id, revision, type, schema_version, data, metadata, recorded_at
         FROM events ORDER BY position`,
      )
      .raw()
      .all() as Row[];
  } finally {
    db.close();
  }
}

function insertRaw(file: string, rows: readonly Row[]): number {
  removeDb(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(EVENT_STORE_SCHEMA);
  const insert = db.prepare<Row>(
    `INSERT INTO events (id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const head = db.prepare<[string, number, string, number]>(
    `INSERT INTO streams (stream_id, revision, hash, position) VALUES (?, ?, ?, ?)
     ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, hash = excluded.hash, position = excluded.position`,
  );
  // The head row's hash is the last event's (taken out of its metadata before the clock starts).
  const hashes = rows.map((row) => (JSON.parse(row[6]) as { hash: string }).hash);
  const batch = db.transaction((from: number) => {
    let last = 0;
    for (let i = from; i < from + BATCH_SIZE; i++) {
      last = Number(insert.run(...rows[i]).lastInsertRowid);
    }
    const tail = from + BATCH_SIZE - 1;
    head.run(rows[tail][1], rows[tail][2], hashes[tail], last);
  });
  const started = process.hrtime.bigint();
  for (let from = 0; from + BATCH_SIZE <= rows.length; from += BATCH_SIZE) batch.immediate(from);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  return rows.length / seconds;
}

function removeDb(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/** Input events (type, data and the metadata a handler supplies) from stored ones. */
export function templatesFrom(
  events: readonly {
    type: string;
    data: unknown;
    metadata: EventMetadataInput & { recordedAt?: string; prevHash?: string; hash?: string };
  }[],
): NewEvent[] {
  return events.map(({ type, data, metadata }) => {
    const { recordedAt: _r, prevHash: _p, hash: _h, ...input } = metadata;
    return { id: '', type, data, metadata: input };
  });
}
