import { parentPort, workerData } from 'node:worker_threads';
import { createEventStore } from '../../infrastructure/event-store/event-store.factory';
import { createLogger } from '../../infrastructure/logging/logger';
import type { AsOfWorkerCall, AsOfWorkerMessage, AsOfWorkerSetup } from './as-of-messages';
import { AsOfReader } from './as-of-reader';
import type { AsOfMethod } from './as-of-reads';

/** The methods a call may name (AsOfReader has others). */
const METHODS: Record<AsOfMethod, true> = {
  year: true,
  frozenYear: true,
  quarters: true,
  escalations: true,
  unit: true,
  controlIndicators: true,
  unitChain: true,
  incidentChain: true,
  dossier: true,
};

/**
 * An AsOfReader in a worker thread, on an event store of its own (its own SQLite connection, or
 * its own EventStoreDB client): it answers the calls of AsOfThread, several at a time.
 */
async function main(): Promise<void> {
  const port = parentPort!;
  const post = (message: AsOfWorkerMessage) => port.postMessage(message);
  const { config, logLevel } = workerData as AsOfWorkerSetup;
  const logger = createLogger(logLevel).child({ component: 'as-of' });
  const events = await createEventStore(config, logger, { reader: true });
  const reader = new AsOfReader(events);

  async function answer(call: AsOfWorkerCall): Promise<void> {
    if (call.kind === 'close') {
      await events.close();
      post({ kind: 'closed' });
      port.close();
      return;
    }
    try {
      if (!Object.hasOwn(METHODS, call.method)) throw new Error(`No as-of method ${call.method}`);
      const method = reader[call.method] as (...args: unknown[]) => Promise<unknown>;
      post({ kind: 'reply', id: call.id, value: await method.apply(reader, call.args) });
    } catch (error) {
      post({ kind: 'reply', id: call.id, error: (error as Error).message ?? String(error) });
    }
  }

  port.on('message', (call: AsOfWorkerCall) => void answer(call));
  post({ kind: 'ready' });
}

void main().catch((error: unknown) => {
  // Reaches the host as the worker's 'error' event.
  setImmediate(() => {
    throw error;
  });
});
