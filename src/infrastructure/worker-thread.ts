import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Loads the worker's module, after the TypeScript loader when running from sources (the tests). */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.typescript) require(workerData.typescript);
require(workerData.entry);
`;

/** From sources, a worker compiles them as the tests' child processes do. */
const TYPESCRIPT_LOADER = join(__dirname, '../../tests/support/ts-register.js');

/** What every worker started by `startWorker` finds in its workerData, next to its own data. */
export interface WorkerEntry {
  /** The worker's module: .js when built, .ts when running from sources. */
  entry: string;
  /** When running from TypeScript sources: the module that lets require() load them. */
  typescript?: string;
}

/** Runs the module `entry` in a new worker thread, with `data` in its workerData. */
export function startWorker<T extends object>(entry: string, data: T): Worker {
  const workerData: T & WorkerEntry = {
    ...data,
    entry,
    ...(entry.endsWith('.ts') && { typescript: TYPESCRIPT_LOADER }),
  };
  return new Worker(BOOTSTRAP, { eval: true, workerData });
}
