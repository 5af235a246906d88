import { parentPort, workerData } from 'node:worker_threads';
import { ALL_PROJECTIONS } from '../../../../projections';
import { createEventStore } from '../../event-store/event-store.factory';
import { createLogger } from '../../logging/logger';
import { InstanceLocks } from '../../leases/sqlite/instance-locks';
import { createReadStore } from '../../read-store/read-store.factory';
import { ProjectionRunner } from '../projection-runner';
import type { WorkerCall, WorkerMessage, WorkerSetup } from './messages';

/**
 * The projection runner in a worker thread, on stores of its own (its own SQLite connections, or
 * its own EventStoreDB and MongoDB clients): it answers the calls of ProjectionThread and tells it
 * the slots' progress after every batch.
 */
async function main(): Promise<void> {
  const port = parentPort!;
  const post = (message: WorkerMessage) => port.postMessage(message);
  const { config, logLevel, owner } = workerData as WorkerSetup;
  const logger = createLogger(logLevel).child({ component: 'projections' });
  const events = await createEventStore(config, logger);
  const reads = await createReadStore(config);
  const runner = new ProjectionRunner(ALL_PROJECTIONS, events, reads, logger, {
    owner,
    liveness: new InstanceLocks(config.dataDir),
    onProgress: (slots) => post({ kind: 'progress', slots }),
  });

  async function answer(call: WorkerCall): Promise<void> {
    try {
      if (call.method === 'start') await runner.start();
      else if (call.method === 'rebuild') await runner.rebuild(call.names ?? []);
      else {
        await runner.stop();
        await events.close();
        await reads.close();
      }
      post({ kind: 'reply', id: call.id });
      if (call.method === 'stop') port.close();
    } catch (error) {
      post({ kind: 'reply', id: call.id, error: (error as Error).message ?? String(error) });
    }
  }

  port.on('message', (call: WorkerCall) => void answer(call));
  post({ kind: 'ready' });
}

void main().catch((error: unknown) => {
  // Reaches the host as the worker's 'error' event.
  setImmediate(() => {
    throw error;
  });
});
