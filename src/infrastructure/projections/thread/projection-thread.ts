import { extname, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Projection } from '../../../../projections/projection';
import type { AppConfig, LogLevel } from '../../../config/app-config';
import type { ReadStore } from '../../read-store/read-store.port';
import { startWorker } from '../../worker-thread';
import {
  type ProjectionFailure,
  type ProjectionStatus,
  Projector,
  type SlotProgress,
  statusesOf,
} from '../projector';
import type { WorkerCall, WorkerMessage, WorkerSetup } from './messages';

export interface ProjectionThreadOptions {
  config: AppConfig;
  logger: Logger;
  /** This thread's read store: status() reads aliases and checkpoints from it. */
  readStore: ReadStore;
  projections: readonly Projection[];
  /** The lease owner: this process's, so a worker started after one died takes over its leases. */
  owner: string;
  /** After the worker dies unexpectedly, how long before a new one starts. */
  restartDelayMs?: number;
}

interface PendingCall {
  resolve(): void;
  reject(error: Error): void;
}

/**
 * The projections, run by a ProjectionRunner in a worker thread (projection-worker.ts), so that
 * applying events (and rebuilding) takes the second core and never holds up the requests on this
 * thread. The worker reports its slots' progress after every batch; `status()` and `waitFor()`
 * answer from that report and this thread's read store, without a round trip to the worker.
 * A worker that dies is started again.
 */
export class ProjectionThread extends Projector {
  private worker: Worker | null = null;
  private slots: SlotProgress[] = [];
  protected readonly projections: readonly Projection[];
  private readonly calls = new Map<number, PendingCall>();
  private nextCall = 0;
  private running = false;
  private restartTimer: NodeJS.Timeout | null = null;
  private readonly restartDelayMs: number;
  /** Set from the unexpected exit of a worker until a new one has started. */
  private workerFailure: ProjectionFailure | null = null;

  constructor(private readonly options: ProjectionThreadOptions) {
    super();
    this.projections = options.projections;
    this.restartDelayMs = options.restartDelayMs ?? 1_000;
  }

  async start(): Promise<void> {
    this.running = true;
    await this.spawn();
    await this.call({ method: 'start' });
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.call({ method: 'stop' });
    } catch (error) {
      this.options.logger.warn({ err: error }, 'projection worker did not stop cleanly');
    }
    await worker.terminate();
    this.worker = null;
    this.update([]);
  }

  rebuild(names: readonly string[] = []): Promise<void> {
    return this.call({ method: 'rebuild', names });
  }

  progress(): SlotProgress[] {
    return this.slots;
  }

  async status(): Promise<ProjectionStatus[]> {
    const statuses = await statusesOf(this.projections, this.options.readStore, this.slots);
    const failure = this.workerFailure;
    return failure ? statuses.map((status) => ({ failure, ...status })) : statuses;
  }

  private spawn(): Promise<void> {
    const worker = startWorker<WorkerSetup>(
      join(__dirname, `projection-worker${extname(__filename)}`),
      {
        config: this.options.config,
        logLevel: this.options.logger.level as LogLevel,
        owner: this.options.owner,
      },
    );
    this.worker = worker;
    return new Promise<void>((resolve, reject) => {
      let ready = false;
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'ready') {
          ready = true;
          resolve();
        } else if (message.kind === 'progress') {
          this.update(message.slots);
        } else {
          this.settle(message.id, message.error);
        }
      });
      worker.on('error', (error) => {
        this.options.logger.error({ err: error }, 'projection worker failed');
        if (!ready) reject(error);
      });
      worker.on('exit', (code) => {
        if (this.worker !== worker) return;
        this.worker = null;
        this.update([]);
        for (const id of [...this.calls.keys()])
          this.settle(id, `projection worker exited (${code})`);
        if (!ready) reject(new Error(`projection worker exited (${code}) before it was ready`));
        if (this.running) this.restartLater(code);
      });
    });
  }

  private restartLater(code: number): void {
    this.options.logger.error({ code }, 'projection worker exited; starting a new one');
    this.workerFailure ??= {
      message: `projection worker exited (${code})`,
      since: new Date().toISOString(),
    };
    this.restartTimer = setTimeout(() => {
      if (!this.running) return;
      this.spawn()
        .then(() => (this.running ? this.call({ method: 'start' }) : this.stop()))
        .then(() => (this.workerFailure = null))
        .catch((error: unknown) => {
          this.options.logger.error({ err: error }, 'projection worker restart failed');
        });
    }, this.restartDelayMs);
    this.restartTimer.unref();
  }

  private call(call: Omit<WorkerCall, 'kind' | 'id'>): Promise<void> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error('The projection worker is not running'));
    const id = ++this.nextCall;
    return new Promise<void>((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      worker.postMessage({ kind: 'call', id, ...call } satisfies WorkerCall);
    });
  }

  private settle(id: number, error: string | undefined): void {
    const pending = this.calls.get(id);
    if (!pending) return;
    this.calls.delete(id);
    if (error === undefined) pending.resolve();
    else pending.reject(new Error(error));
  }

  private update(slots: SlotProgress[]): void {
    this.slots = slots;
    this.waiters.notify();
  }
}
