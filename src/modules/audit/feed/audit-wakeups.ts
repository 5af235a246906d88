import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { auditProjection } from '../../../../projections/audit';
import {
  EVENT_STORE,
  type EventStore,
  type Subscription,
} from '../../../infrastructure/event-store/event-store.port';
import { LOGGER } from '../../../infrastructure/logging/logger';
import { Projector } from '../../../infrastructure/projections/projector';

/** How long one wait for the audit projection lasts before it is asked again (and shutdown seen). */
const WAIT_MS = 1_000;
const RESTART_MS = 1_000;

/**
 * Tells the event feeds when the audit trail has grown: one subscription to the event store for
 * all of them (started with the first feed), which after each batch of new events waits until
 * the audit projection has recorded it, then wakes every feed waiting. Feeds read the audit
 * trail, never the subscription's events: a wake-up only tells them to read it again.
 */
@Injectable()
export class AuditWakeups implements OnModuleDestroy {
  private subscription: Subscription | null = null;
  private starting: Promise<void> | null = null;
  private stopped = false;
  private generation = 0;
  private waiters: (() => void)[] = [];

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly projector: Projector,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** A mark to pass to `after`: wake-ups from now on. */
  mark(): number {
    void this.start();
    return this.generation;
  }

  /** Resolves at the first wake-up after `mark` (at once if there has been one). */
  after(mark: number): Promise<void> {
    if (this.generation > mark) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.subscription?.close();
  }

  private start(): Promise<void> {
    if (this.subscription || this.stopped) return Promise.resolve();
    this.starting ??= this.subscribe().finally(() => (this.starting = null));
    return this.starting;
  }

  private async subscribe(): Promise<void> {
    try {
      const head = await this.events.lastPosition();
      if (this.stopped) return;
      this.subscription = this.events.subscribe(
        head,
        async (batch) => this.recorded(batch[batch.length - 1].position),
        { onError: (error) => this.failed(error) },
      );
      // Events appended before the subscription may still be on their way to the audit trail.
      void this.recorded(head);
    } catch (error) {
      this.failed(error);
    }
  }

  private async recorded(position: number): Promise<void> {
    while (!this.stopped) {
      if (await this.projector.waitFor(position, WAIT_MS, [auditProjection.name])) break;
    }
    this.wake();
  }

  private failed(error: unknown): void {
    this.logger.warn({ err: error }, 'event feed subscription failed; resubscribing');
    this.subscription = null;
    this.wake();
    if (!this.stopped) setTimeout(() => void this.start(), RESTART_MS).unref();
  }

  private wake(): void {
    this.generation += 1;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
