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

describe('SqliteReadStore sharing a file with another connection', () => {
  let directory: string;
  let first: SqliteReadStore;
  let second: SqliteReadStore;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'read-store-'));
    first = new SqliteReadStore({ directory });
    second = new SqliteReadStore({ directory });
  });

  afterEach(async () => {
    await first.close();
    await second.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('reads inside a unit of work see what the other connection committed', async () => {
    await first.ensureCollection('units', { indexes: [['kind']] });
    await first.transaction(async (tx) => tx.put('units', { _id: 'u1', kind: 'mine', n: 1 }));
    await first.transaction(async (tx) => expect(await tx.get('units', 'u1')).toBeTruthy());
    await second.transaction(async (tx) => tx.put('units', { _id: 'u1', kind: 'plant', n: 2 }));
    await first.transaction(async (tx) => {
      expect(await tx.get('units', 'u1')).toEqual({ _id: 'u1', kind: 'plant', n: 2 });
      tx.put('units', { _id: 'u1', kind: 'port', n: 3 });
    });
    expect(await first.count('units', { kind: 'plant' })).toBe(0);
    expect(await second.count('units', { kind: 'port' })).toBe(1);
  });
});
