import { extname, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { AppConfig, LogLevel } from '../../config/app-config';
import { problem, ProblemException } from '../../infrastructure/http/problem';
import { startWorker } from '../../infrastructure/worker-thread';
import type { AsOfWorkerCall, AsOfWorkerMessage, AsOfWorkerSetup } from './as-of-messages';
import type { AsOfMethod, AsOfQueries, AsOfReads } from './as-of-reads';

export interface AsOfThreadOptions {
  config: AppConfig;
  logger: Logger;
}

type Answer<M extends AsOfMethod> = Awaited<ReturnType<AsOfQueries[M]>>;

interface PendingCall {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** How long `close` waits for the worker to close its event store before ending it. */
const CLOSE_TIMEOUT_MS = 2_000;

/**
 * As-of answers computed by an AsOfReader in a worker thread of its own (as-of-worker.ts), so that
 * replaying the log takes another core and never holds up the requests on this thread; only the
 * answers come back. The worker starts with the first call, keeps its snapshots and checkpoints
 * between calls, and is started again by the call after one that died (its calls answer 503).
 */
export class AsOfThread implements AsOfReads {
  private worker: Promise<Worker> | null = null;
  private readonly calls = new Map<number, PendingCall>();
  private nextCall = 0;
  private closed = false;

  constructor(private readonly options: AsOfThreadOptions) {}

  year(...args: Parameters<AsOfQueries['year']>) {
    return this.call('year', args);
  }

  frozenYear(...args: Parameters<AsOfQueries['frozenYear']>) {
    return this.call('frozenYear', args);
  }

  quarters(...args: Parameters<AsOfQueries['quarters']>) {
    return this.call('quarters', args);
  }

  escalations(...args: Parameters<AsOfQueries['escalations']>) {
    return this.call('escalations', args);
  }

  unit(...args: Parameters<AsOfQueries['unit']>) {
    return this.call('unit', args);
  }

  controlIndicators(...args: Parameters<AsOfQueries['controlIndicators']>) {
    return this.call('controlIndicators', args);
  }

  unitChain(...args: Parameters<AsOfQueries['unitChain']>) {
    return this.call('unitChain', args);
  }

  incidentChain(...args: Parameters<AsOfQueries['incidentChain']>) {
    return this.call('incidentChain', args);
  }

  dossier(...args: Parameters<AsOfQueries['dossier']>) {
    return this.call('dossier', args);
  }

  async close(): Promise<void> {
    this.closed = true;
    const starting = this.worker;
    this.worker = null;
    const worker = await starting?.catch(() => null);
    if (!worker) return;
    const closed = new Promise<void>((resolve) => {
      worker.on('message', (message: AsOfWorkerMessage) => {
        if (message.kind === 'closed') resolve();
      });
      setTimeout(resolve, CLOSE_TIMEOUT_MS).unref();
    });
    worker.postMessage({ kind: 'close' } satisfies AsOfWorkerCall);
    await closed;
    await worker.terminate();
  }

  private async call<M extends AsOfMethod>(
    method: M,
    args: Parameters<AsOfQueries[M]>,
  ): Promise<Answer<M>> {
    if (this.closed) throw unavailable('The service is stopping.');
    const worker = await (this.worker ??= this.spawn());
    const id = ++this.nextCall;
    return new Promise<Answer<M>>((resolve, reject) => {
      this.calls.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ kind: 'call', id, method, args } satisfies AsOfWorkerCall);
    });
  }

  private spawn(): Promise<Worker> {
    const { config, logger } = this.options;
    const worker = startWorker<AsOfWorkerSetup>(
      join(__dirname, `as-of-worker${extname(__filename)}`),
      { config, logLevel: logger.level as LogLevel },
    );
    const started = new Promise<Worker>((resolve, reject) => {
      let ready = false;
      worker.on('message', (message: AsOfWorkerMessage) => {
        if (message.kind === 'ready') {
          ready = true;
          resolve(worker);
        } else if (message.kind === 'reply') {
          this.settle(message.id, message.value, message.error);
        }
      });
      worker.on('error', (error) => {
        logger.error({ err: error }, 'as-of worker failed');
        if (!ready) reject(unavailable('The as-of reader could not start.'));
      });
      worker.on('exit', (code) => {
        if (this.worker === started) this.worker = null;
        if (!ready) reject(unavailable('The as-of reader could not start.'));
        if (!this.closed)
          logger.error({ code }, 'as-of worker exited; the next as-of read starts a new one');
        const why = this.closed ? 'The service is stopping.' : 'The as-of reader stopped.';
        for (const [id, pending] of this.calls) {
          this.calls.delete(id);
          pending.reject(unavailable(why));
        }
      });
    });
    started.catch(() => {
      if (this.worker === started) this.worker = null;
    });
    return started;
  }

  private settle(id: number, value: unknown, error: string | undefined): void {
    const pending = this.calls.get(id);
    if (!pending) return;
    this.calls.delete(id);
    if (error === undefined) pending.resolve(value);
    else pending.reject(new Error(error));
  }
}

const unavailable = (detail: string) =>
  new ProblemException(
    problem(503, 'as_of_unavailable', `${detail} Retry.`, undefined, { retryAfterSeconds: 1 }),
  );
