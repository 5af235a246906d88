import { randomUUID } from 'node:crypto';
import type { EventStore, RecordedEvent } from '../event-store.port';
import {
  ANCHOR_EVENT_TYPE,
  ANCHOR_SCHEMA_VERSION,
  ANCHOR_STREAM,
  type IntegrityAnchor,
  MERKLE_SCHEME,
  type StreamHead,
} from './anchor';
import { MerkleTree } from './merkle';

/** An anchor this recorder wrote, with the tree of the heads it anchors (for inclusion proofs). */
export interface AnchoredTree {
  event: RecordedEvent<IntegrityAnchor>;
  tree: MerkleTree;
}

/**
 * Records integrity anchors: the Merkle root of every stream's head but the anchors' own. Reads
 * the heads from the store when it keeps them (`streamHeads`); otherwise keeps the heads it has
 * seen, so that each anchor reads only the events appended since the previous one. Keeps the tree
 * of the last anchor it recorded.
 */
export class AnchorRecorder {
  private readonly heads = new Map<string, StreamHead>();
  private position = 0;
  private last: AnchoredTree | null = null;

  constructor(private readonly store: EventStore) {}

  /** The last anchor recorded here, with its tree; null before the first. */
  get latest(): AnchoredTree | null {
    return this.last;
  }

  async record(
    reason: IntegrityAnchor['reason'],
    actor: { actorId: string; actorRole: string; requestId: string },
  ): Promise<RecordedEvent<IntegrityAnchor>> {
    const { heads, position } = await this.currentHeads();
    const tree = new MerkleTree(heads.filter((head) => head.streamId !== ANCHOR_STREAM));
    const anchor: IntegrityAnchor = {
      root: tree.root,
      streamCount: tree.heads.length,
      upToPosition: position,
      reason,
      scheme: MERKLE_SCHEME,
    };
    const result = await this.store.append(
      ANCHOR_STREAM,
      [
        {
          id: randomUUID(),
          type: ANCHOR_EVENT_TYPE,
          schemaVersion: ANCHOR_SCHEMA_VERSION,
          data: anchor,
          metadata: { ...actor },
        },
      ],
      'any',
    );
    const event = result.events[0] as RecordedEvent<IntegrityAnchor>;
    this.last = { event, tree };
    return event;
  }

  private async currentHeads(): Promise<{ heads: StreamHead[]; position: number }> {
    if (this.store.streamHeads) {
      const stored = await this.store.streamHeads();
      const position = stored.reduce((max, head) => Math.max(max, head.position), 0);
      return {
        heads: stored.map(({ streamId, revision, hash }) => ({ streamId, revision, hash })),
        position,
      };
    }
    await this.catchUp();
    return { heads: [...this.heads.values()], position: this.position };
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
