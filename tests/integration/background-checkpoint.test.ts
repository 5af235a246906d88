import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { newEvent } from '../contract/event-store.contract';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';

/**
 * Without the checkpoint thread, a WAL of fewer than 1,000 pages (SQLite's default
 * wal_autocheckpoint) stays in the WAL file until the connection closes: the database file does
 * not grow. With it, the committed pages reach the database file while the store is open.
 */
const PAYLOAD = '安全生产'.repeat(200);
const COMMITS = 100;

async function databaseFileGrows(file: string, initialBytes: number): Promise<boolean> {
  const deadline = Date.now() + 1_500;
  while (Date.now() < deadline) {
    if (statSync(file).size > initialBytes) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

async function appendEvents(store: SqliteEventStore): Promise<void> {
  for (let i = 0; i < COMMITS; i++) {
    await store.append(`hazard-${i}`, [newEvent('HazardNoted', { PAYLOAD, i })], 'no_stream');
  }
}

async function putDocuments(store: SqliteReadStore): Promise<void> {
  await store.ensureCollection('notes');
  for (let i = 0; i < COMMITS; i++) {
    await store.transaction(async (tx) => tx.put('notes', { _id: `n-${i}`, PAYLOAD, i }));
  }
}

describe.each([
  [
    'event store',
    'events.db',
    (file: string, on: boolean) => new SqliteEventStore({ file, backgroundCheckpoint: on }),
    appendEvents,
  ],
  [
    'read store',
    'read-store.sqlite',
    (file: string, on: boolean) => new SqliteReadStore({ file, backgroundCheckpoint: on }),
    putDocuments,
  ],
] as const)('SQLite %s background checkpoint', (_name, fileName, open, write) => {
  let directory: string;
  beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'checkpoint-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it.each([
    ['reach the database file while the store is open', true],
    ['stay in the WAL without the thread', false],
  ])('committed pages %s', async (_case, on) => {
    const file = join(directory, fileName);
    const store = open(file, on);
    const initial = statSync(file).size;
    await write(store as never);
    expect(await databaseFileGrows(file, initial)).toBe(on);
    await store.close();
  });
});
