import { Inject, Injectable } from '@nestjs/common';
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
 * evidence bundles; one anchor at a time, as the recorder keeps what it has read.
 */
@Injectable()
export class IntegrityAnchors {
  private readonly recorder: AnchorRecorder;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.recorder = new AnchorRecorder(store);
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
