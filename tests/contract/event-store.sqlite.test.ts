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
