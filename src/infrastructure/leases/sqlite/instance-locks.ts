import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { InstanceLiveness } from '../lease-claims';

const OWNER = /^[A-Za-z0-9.:-]{1,200}$/;
const LOCK = '.lock';

/** Held connections, so that a caller dropping its handle does not let the GC close the lock. */
const heldConnections = new Set<Database.Database>();

/**
 * This process's lock; released by `release()` or by the death of the process. The file stays, so
 * that a lease the instance left behind is known to be a dead one's; `sweep()` deletes it.
 */
export interface HeldInstanceLock {
  readonly owner: string;
  release(): void;
}

/**
 * Tells a dead instance from a live one among those sharing a data directory: each instance
 * holds an exclusive SQLite lock on a file of its own, `instances/<owner>.lock`, for as long as
 * its process lives, and the kernel drops the lock when the process dies, however it dies. A file
 * nobody holds the lock of belongs to a dead instance. An owner without a file here (an instance
 * with another data directory, or of an older release) is never known dead.
 */
export class InstanceLocks implements InstanceLiveness {
  private readonly directory: string;

  constructor(dataDir: string) {
    this.directory = join(dataDir, 'instances');
  }

  /** Takes the lock of `owner` (made by `instanceOwner()`) for this process. */
  hold(owner: string): HeldInstanceLock {
    if (!OWNER.test(owner)) throw new TypeError(`Invalid instance owner "${owner}"`);
    mkdirSync(this.directory, { recursive: true });
    const file = this.file(owner);
    // Locked before it gets its name, so that no one ever sees it unlocked while we live.
    const pending = `${file}.pending`;
    const db = new Database(pending);
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = MEMORY');
      db.exec('CREATE TABLE instance (owner TEXT, pid INTEGER, started_at TEXT)');
      db.prepare('INSERT INTO instance VALUES (?, ?, ?)').run(
        owner,
        process.pid,
        new Date().toISOString(),
      );
      renameSync(pending, file);
      heldConnections.add(db);
    } catch (error) {
      db.close();
      rmSync(pending, { force: true });
      throw error;
    }
    return {
      owner,
      release: () => {
        heldConnections.delete(db);
        db.close();
      },
    };
  }

  hasDied(owner: string): boolean {
    if (!OWNER.test(owner)) return false;
    let db: Database.Database;
    try {
      db = new Database(this.file(owner), { readonly: true, fileMustExist: true, timeout: 0 });
    } catch {
      return false;
    }
    try {
      db.prepare('SELECT count(*) FROM instance').get();
      return true;
    } catch {
      // SQLITE_BUSY: the instance's process holds the lock.
      return false;
    } finally {
      db.close();
    }
  }

  /** Deletes the files of dead instances, but those of `owners` (who may still hold leases). */
  sweep(owners: ReadonlySet<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.directory);
    } catch {
      return;
    }
    for (const name of names.filter((n) => n.endsWith(LOCK))) {
      const owner = name.slice(0, -LOCK.length);
      if (!owners.has(owner) && this.hasDied(owner)) rmSync(this.file(owner), { force: true });
    }
  }

  private file(owner: string): string {
    return join(this.directory, `${owner}${LOCK}`);
  }
}
