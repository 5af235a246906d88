import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isStorageFull } from '../../../src/infrastructure/http/storage-full';

const thrownBy = (act: () => unknown): unknown => {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
};

describe('recognising a full storage', () => {
  it("recognises SQLite's SQLITE_FULL from a database at its page limit", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sqlite-full-'));
    const db = new Database(join(dir, 'full.db'));
    try {
      db.pragma('journal_mode = WAL');
      db.exec('CREATE TABLE t (x TEXT)');
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
      const error = thrownBy(() => db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(10_000)));
      expect(error).toMatchObject({ code: 'SQLITE_FULL' });
      expect(isStorageFull(error)).toBe(true);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('recognises a file system out of space, also as the cause of another error', () => {
    const error = thrownBy(() => writeFileSync('/dev/full', 'x'));
    expect(error).toMatchObject({ code: 'ENOSPC' });
    expect(isStorageFull(error)).toBe(true);
    expect(isStorageFull(new Error('append failed', { cause: error }))).toBe(true);
  });

  it("recognises MongoDB's OutOfDiskSpace", () => {
    expect(isStorageFull({ code: 14031, codeName: 'OutOfDiskSpace', message: 'disk' })).toBe(true);
  });

  it('recognises nothing else', () => {
    expect(isStorageFull(new Error('boom'))).toBe(false);
    expect(isStorageFull({ code: 'SQLITE_BUSY' })).toBe(false);
    expect(isStorageFull(undefined)).toBe(false);
    expect(isStorageFull('ENOSPC')).toBe(false);
  });
});
