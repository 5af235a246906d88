import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Logger } from 'pino';
import {
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
} from '../../../infrastructure/event-store/event-store.port';
import {
  ANCHOR_STREAM,
  type IntegrityAnchor,
} from '../../../infrastructure/event-store/integrity/anchor';
import {
  type AnchoredTree,
  AnchorRecorder,
} from '../../../infrastructure/event-store/integrity/anchor-recorder';
import { LOGGER } from '../../../infrastructure/logging/logger';

export interface AnchorActor {
  actorId: string;
  actorRole: string;
  requestId: string;
}

/** The latest anchor with its tree, and whether it was recorded for this request. */
export interface CoveringAnchor extends AnchoredTree {
  fresh: boolean;
}

/**
 * The instance's anchor recorder, shared by POST /audit/anchors, the periodic anchor and the
 * evidence bundles; one anchor at a time, as the recorder keeps what it has read. A service (not
 * the CLI) reads the stream heads once at start, in the background, so that its first anchor reads
 * only the events appended since.
 */
@Injectable()
export class IntegrityAnchors implements OnApplicationBootstrap {
  private readonly recorder: AnchorRecorder;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly host: HttpAdapterHost,
  ) {
    this.recorder = new AnchorRecorder(store);
  }

  onApplicationBootstrap(): void {
    if (!this.host.httpAdapter) return;
    const started = Date.now();
    this.serially(() => this.recorder.prepare()).then(
      () => this.logger.debug({ ms: Date.now() - started }, 'integrity anchor heads read'),
      (error: unknown) =>
        this.logger.warn({ err: error }, 'reading the integrity anchor heads failed'),
    );
  }

  record(
    reason: IntegrityAnchor['reason'],
    actor: AnchorActor,
  ): Promise<RecordedEvent<IntegrityAnchor>> {
    return this.serially(() => this.recorder.record(reason, actor));
  }

  /**
   * The latest anchor of the store with its tree, when this instance recorded it and it covers
   * `position`; otherwise a new anchor recorded now (on demand), which covers every event so far.
   */
  covering(position: number, actor: AnchorActor): Promise<CoveringAnchor> {
    return this.serially(async () => {
      const latest = this.recorder.latest;
      if (latest && latest.event.data.upToPosition >= position && (await this.isLatest(latest))) {
        return { ...latest, fresh: false };
      }
      await this.recorder.record('on_demand', actor);
      return { ...this.recorder.latest!, fresh: true };
    });
  }

  private async isLatest({ event }: AnchoredTree): Promise<boolean> {
    const after = await this.store.readStream(ANCHOR_STREAM, {
      fromRevision: event.revision + 1,
      limit: 1,
      raw: true,
    });
    return after.length === 0;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
