import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('sqlite', async ({ upcasters }) => {
  const dir = mkdtempSync(join(tmpdir(), 'es-contract-'));
  const file = join(dir, 'events.db');
  const store = new SqliteEventStore({ file, upcasters, pollIntervalMs: 20 });
  return {
    store,
    async tamper(streamId, revision) {
      const db = new Database(file);
      db.exec('DROP TRIGGER IF EXISTS events_are_immutable_update');
      const row = db
        .prepare<[string, number], { data: string }>(
          'SELECT data FROM events WHERE stream_id = ? AND revision = ?',
        )
        .get(streamId, revision);
      const data = { ...JSON.parse(row!.data), amount: 1 };
      db.prepare('UPDATE events SET data = ? WHERE stream_id = ? AND revision = ?').run(
        JSON.stringify(data),
        streamId,
        revision,
      );
      db.close();
    },
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SQLite event stores sharing a file in one process', () => {
  it('wake each other’s subscriptions on append, without waiting for the poll', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-neighbours-'));
    const file = join(dir, 'events.db');
    const hour = 3_600_000;
    const writer = new SqliteEventStore({ file, pollIntervalMs: hour });
    const reader = new SqliteEventStore({ file, pollIntervalMs: hour });
    const delivered: number[] = [];
    let arrived: () => void = () => undefined;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    const subscription = reader.subscribe(0, async (events) => {
      delivered.push(...events.map((event) => event.position));
      if (delivered.length >= 2) arrived();
    });
    let guard: NodeJS.Timeout | undefined;
    try {
      // Let the subscription find the empty log and start waiting (an hour, unless woken).
      await new Promise((resolve) => setTimeout(resolve, 50));
      const metadata = { actorId: 'a', actorRole: 'admin', requestId: 'r' };
      await writer.append('s-1', [{ id: 'e-1', type: 'T', data: {}, metadata }], 'no_stream');
      await writer.append('s-1', [{ id: 'e-2', type: 'T', data: {}, metadata }], 0);
      await Promise.race([
        arrival,
        new Promise((_, reject) => {
          guard = setTimeout(
            () => reject(new Error('not woken: still waiting for the poll')),
            5000,
          );
        }),
      ]);
      expect(delivered).toEqual([1, 2]);
    } finally {
      clearTimeout(guard);
      await subscription.close();
      await writer.close();
      await reader.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
