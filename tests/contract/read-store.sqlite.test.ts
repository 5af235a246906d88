import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';
import { describeReadStoreContract } from './read-store.contract';

describeReadStoreContract('SQLite', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'read-store-'));
  const store = new SqliteReadStore({ directory });
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
});
