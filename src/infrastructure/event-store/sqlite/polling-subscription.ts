import type { EventEmitter } from 'node:events';
import type { RecordedEvent, Subscription, SubscriptionHandler } from '../event-store.port';

interface PollingSubscriptionOptions {
  fromPosition: number;
  handler: SubscriptionHandler;
  batchSize: number;
  onError?: (error: unknown) => void;
  read(fromPosition: number, limit: number): Promise<RecordedEvent[]>;
  /** Emits 'appended' when this process appends; polling covers other processes. */
  wakeups: EventEmitter;
  pollIntervalMs: number;
  onClosed(): void;
}

/** Catch-up then live delivery by reading from the last delivered position, in order, once each. */
export class PollingSubscription implements Subscription {
  private current: number;
  private closed = false;
  private loop: Promise<void> = Promise.resolve();
  private wake: (() => void) | null = null;
  private readonly onAppended = () => this.wake?.();

  constructor(private readonly options: PollingSubscriptionOptions) {
    this.current = options.fromPosition;
  }

  get position(): number {
    return this.current;
  }

  start(): void {
    this.options.wakeups.on('appended', this.onAppended);
    this.loop = this.run();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    try {
      while (!this.closed) {
        const events = await this.options.read(this.current, this.options.batchSize);
        if (this.closed) break;
        if (events.length === 0) {
          await this.sleep();
          continue;
        }
        await this.options.handler(events);
        this.current = events[events.length - 1].position;
        // better-sqlite3 never yields: let timers and requests run between batches of a catch-up.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      this.options.wakeups.off('appended', this.onAppended);
      this.options.onClosed();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, this.options.pollIntervalMs);
      this.wake = done;
    });
  }
}
