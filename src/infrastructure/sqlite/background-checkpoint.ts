import type Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';

/**
 * Runs in its own thread with its own connection. A PASSIVE checkpoint copies committed WAL
 * frames into the database file without blocking readers or writers.
 */
const CHECKPOINT_THREAD = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy with another checkpoint: the next tick tries again.
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/** Past this many WAL pages the writing connection checkpoints itself (cheap when the thread keeps up). */
const BACKSTOP_PAGES = 10_000;
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1_000;

/**
 * Moves WAL checkpoints off the connection that commits: SQLite otherwise copies the WAL into
 * the database file inside whichever commit crosses `wal_autocheckpoint`, stalling that commit
 * (and, in Node, every request behind it). If the thread fails, the connection goes back to
 * checkpointing itself.
 */
export class BackgroundCheckpoint {
  private readonly exited: Promise<void>;

  private constructor(
    private readonly worker: Worker,
    db: Database.Database,
  ) {
    this.exited = new Promise((resolve) => worker.once('exit', () => resolve()));
    worker.once('error', () => {
      if (db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
    });
  }

  /** For a WAL database file (not ':memory:'). */
  static start(db: Database.Database, intervalMs = 100): BackgroundCheckpoint {
    db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
    const worker = new Worker(CHECKPOINT_THREAD, {
      eval: true,
      workerData: { driver: require.resolve('better-sqlite3'), file: db.name, intervalMs },
    });
    worker.unref();
    return new BackgroundCheckpoint(worker, db);
  }

  /** Checkpoints once more and ends the thread. */
  async stop(): Promise<void> {
    this.worker.ref();
    this.worker.postMessage('stop');
    await this.exited;
  }
}
