import type {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  ReadPosition,
} from '@eventstore/db-client';
import type { RecordedEvent, Subscription, SubscriptionHandler } from '../event-store.port';

export interface EsdbLogger {
  info(context: Record<string, unknown>, message: string): void;
  warn(context: Record<string, unknown>, message: string): void;
  error(context: Record<string, unknown>, message: string): void;
}

export interface EsdbSubscriptionOptions {
  fromPosition: number;
  handler: SubscriptionHandler;
  batchSize: number;
  onError?: (error: unknown) => void;
  /** Opens `subscribeToAll` from a valid ESDB position (or START), system events filtered out. */
  open(from: ReadPosition): AllStreamSubscription;
  /** A valid ESDB position at or before the port position (START for 0). */
  resolveStart(position: number): Promise<ReadPosition>;
  /** The port event for a delivered ESDB event, or undefined for one to skip (system events). */
  convert(resolved: AllStreamResolvedEvent): { event: RecordedEvent; at: ReadPosition } | undefined;
  /** Position of the newest non-system event (for stall detection). */
  latestPosition(): Promise<number>;
  /** True for subscription errors that retrying cannot fix. */
  isFatal(error: unknown): boolean;
  logger: EsdbLogger;
  backoff: { initialMs: number; maxMs: number };
  /** How often an idle subscription checks that it has not silently stalled; 0 disables. */
  stallCheckMs: number;
  onClosed(): void;
}

/** Pause the ESDB stream when this many events wait for the handler; resume below the low mark. */
const HIGH_WATER = 2048;
const LOW_WATER = 256;
/** A subscription that lived this long counts as a success for the backoff. */
const HEALTHY_AFTER_MS = 30_000;

class SubscriptionEnded extends Error {
  constructor(reason: string) {
    super(`EventStoreDB subscription ${reason}`);
    this.name = 'SubscriptionEnded';
  }
}

/** The handler, or the conversion of an event for it (an upcaster), threw: resubscribing can't help. */
class DeliveryFailed extends Error {
  constructor(override readonly cause: unknown) {
    super('subscription delivery failed');
  }
}

/**
 * A `$all` subscription that survives drops: it delivers events to the handler one call at a
 * time (consecutive available events batched up to `batchSize`), remembers the last delivered
 * event, and when the server ends or breaks the subscription (network loss, server restart,
 * "consumer too slow") it subscribes again from that event with exponential backoff, skipping
 * anything at or before it, so each event is delivered once and in order.
 */
export class EsdbSubscription implements Subscription {
  private current: number;
  /** Valid ESDB position of the last delivered event (where to resubscribe from). */
  private resume: ReadPosition | undefined;
  private closed = false;
  private loop: Promise<void> = Promise.resolve();
  private live: { subscription: AllStreamSubscription; queue: EventQueue } | undefined;
  private sleeping: { timer: NodeJS.Timeout; wake(): void } | undefined;

  constructor(private readonly options: EsdbSubscriptionOptions) {
    this.current = options.fromPosition;
  }

  get position(): number {
    return this.current;
  }

  start(): void {
    this.loop = this.run();
  }

  async close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.live?.queue.fail(new SubscriptionEnded('closed'));
      this.sleeping?.wake();
    }
    await this.loop;
  }

  private async run(): Promise<void> {
    const { backoff, logger } = this.options;
    let delay = backoff.initialMs;
    try {
      while (!this.closed) {
        const before = this.current;
        const startedAt = Date.now();
        try {
          this.resume ??= await this.options.resolveStart(this.current);
          if (this.closed) break;
          await this.consume(this.resume);
        } catch (error) {
          if (this.closed) break;
          if (error instanceof DeliveryFailed) throw error.cause;
          if (this.options.isFatal(error)) throw error;
          // Reset the backoff after a subscription that worked: it delivered, or lasted a while.
          if (this.current !== before || Date.now() - startedAt > HEALTHY_AFTER_MS) {
            delay = backoff.initialMs;
          }
          logger.warn(
            { err: describe(error), position: this.current, retryInMs: delay },
            'EventStoreDB subscription dropped; resubscribing from the last delivered event',
          );
        }
        if (this.closed) break;
        await this.sleep(delay);
        delay = Math.min(delay * 2, backoff.maxMs);
      }
    } catch (error) {
      logger.error(
        { err: describe(error), position: this.current },
        'EventStoreDB subscription stopped',
      );
      this.options.onError?.(error);
    } finally {
      this.closed = true;
      this.options.onClosed();
    }
  }

  /** Runs one ESDB subscription until it ends; always rejects (with SubscriptionEnded at best). */
  private async consume(from: ReadPosition): Promise<void> {
    const subscription = this.options.open(from);
    const queue = new EventQueue();
    this.live = { subscription, queue };
    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      queue.push(resolved);
      if (queue.size >= HIGH_WATER) subscription.pause();
    });
    subscription.on('error', (error: Error) => queue.fail(error));
    subscription.on('end', () => queue.fail(new SubscriptionEnded('ended')));
    subscription.on('close', () =>
      queue.fail(new SubscriptionEnded('closed by the client library')),
    );
    const watchdog = this.watchStalls(queue);
    try {
      for (;;) {
        const available = await queue.take(this.options.batchSize);
        if (queue.size < LOW_WATER && subscription.isPaused()) subscription.resume();
        const batch: RecordedEvent[] = [];
        let at: ReadPosition | undefined;
        for (const resolved of available) {
          let converted: ReturnType<EsdbSubscriptionOptions['convert']>;
          try {
            converted = this.options.convert(resolved);
          } catch (error) {
            throw new DeliveryFailed(error);
          }
          if (!converted || converted.event.position <= this.current) continue;
          if (batch.length > 0 && converted.event.position <= batch[batch.length - 1].position)
            continue;
          batch.push(converted.event);
          at = converted.at;
        }
        if (batch.length === 0) continue;
        if (this.closed) throw new SubscriptionEnded('closed');
        try {
          await this.options.handler(batch);
        } catch (error) {
          throw new DeliveryFailed(error);
        }
        this.current = batch[batch.length - 1].position;
        this.resume = at;
      }
    } finally {
      if (watchdog) clearInterval(watchdog);
      this.live = undefined;
      subscription.removeAllListeners('data');
      subscription.on('error', () => undefined);
      await subscription.unsubscribe().catch(() => undefined);
    }
  }

  /**
   * Subscriptions have been seen to stop delivering without an error. When the subscription is
   * idle, compare with the newest event: two checks in a row behind it with no progress → drop
   * the subscription so that the loop resubscribes.
   */
  private watchStalls(queue: EventQueue): NodeJS.Timeout | undefined {
    if (this.options.stallCheckMs <= 0) return undefined;
    let suspicious: number | undefined;
    let checking = false;
    const timer = setInterval(() => {
      if (checking || !queue.waiting) return;
      checking = true;
      const seen = this.current;
      this.options
        .latestPosition()
        .then((latest) => {
          if (latest > seen && this.current === seen && queue.waiting) {
            if (suspicious === seen)
              queue.fail(new SubscriptionEnded(`stalled at position ${seen}`));
            suspicious = seen;
          } else {
            suspicious = undefined;
          }
        })
        .catch(() => undefined)
        .finally(() => (checking = false));
    }, this.options.stallCheckMs);
    timer.unref();
    return timer;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleeping = undefined;
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleeping = { timer, wake };
    });
  }
}

/** Events received and not yet handled; `take` waits for at least one, or throws the failure. */
class EventQueue {
  private items: AllStreamResolvedEvent[] = [];
  private failure: unknown;
  private failed = false;
  private waiter: (() => void) | undefined;

  get size(): number {
    return this.items.length;
  }

  /** True while the consumer waits for events (nothing queued, no handler running). */
  get waiting(): boolean {
    return this.waiter !== undefined;
  }

  push(item: AllStreamResolvedEvent): void {
    if (this.failed) return;
    this.items.push(item);
    this.wake();
  }

  fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.failure = error;
    this.wake();
  }

  /** Up to `max` queued events; events received before a failure are still handed out first. */
  async take(max: number): Promise<AllStreamResolvedEvent[]> {
    while (this.items.length === 0) {
      if (this.failed) throw this.failure;
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
    return this.items.splice(0, max);
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
