import { randomUUID } from 'node:crypto';
import type { EventStore, RecordedEvent } from '../event-store.port';
import { ANCHOR_EVENT_TYPE, ANCHOR_STREAM, type IntegrityAnchor, type StreamHead } from './anchor';
import { rootOfHeads } from './integrity-verifier';

/**
 * Records integrity anchors. Keeps the stream heads it has seen so that each anchor reads only
 * the events appended since the previous one.
 */
export class AnchorRecorder {
  private readonly heads = new Map<string, StreamHead>();
  private position = 0;

  constructor(private readonly store: EventStore) {}

  async record(
    reason: IntegrityAnchor['reason'],
    actor: { actorId: string; actorRole: string; requestId: string },
  ): Promise<RecordedEvent<IntegrityAnchor>> {
    await this.catchUp();
    const anchor: IntegrityAnchor = {
      root: rootOfHeads(this.heads),
      streamCount: [...this.heads.keys()].filter((id) => id !== ANCHOR_STREAM).length,
      upToPosition: this.position,
      reason,
    };
    const result = await this.store.append(
      ANCHOR_STREAM,
      [{ id: randomUUID(), type: ANCHOR_EVENT_TYPE, data: anchor, metadata: { ...actor } }],
      'any',
    );
    return result.events[0] as RecordedEvent<IntegrityAnchor>;
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const events = await this.store.readAll(this.position, { limit: 5000, raw: true });
      if (events.length === 0) return;
      for (const event of events) {
        this.heads.set(event.streamId, {
          streamId: event.streamId,
          revision: event.revision,
          hash: event.metadata.hash,
        });
        this.position = event.position;
      }
    }
  }
}
