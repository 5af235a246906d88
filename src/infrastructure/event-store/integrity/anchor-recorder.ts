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

const BATCH = 5000;

/**
 * Records integrity anchors: the Merkle root of every stream's head but the anchors' own. Keeps
 * the tree of the heads it has read and, for each anchor, reads only the events appended since
 * (the first tree comes from the store's stream heads when it keeps them, else from the whole
 * log), so an anchor re-hashes the changed leaves and the nodes. Keeps the tree of the last anchor
 * it recorded.
 */
export class AnchorRecorder {
  private tree: MerkleTree | null = null;
  private position = 0;
  private last: AnchoredTree | null = null;

  constructor(private readonly store: EventStore) {}

  /** The last anchor recorded here, with its tree; null before the first. */
  get latest(): AnchoredTree | null {
    return this.last;
  }

  /** Reads the heads up to the store's last event, so that the next anchor reads only what follows. */
  async prepare(): Promise<void> {
    await this.advance();
  }

  async record(
    reason: IntegrityAnchor['reason'],
    actor: { actorId: string; actorRole: string; requestId: string },
  ): Promise<RecordedEvent<IntegrityAnchor>> {
    const tree = await this.advance();
    const anchor: IntegrityAnchor = {
      root: tree.root,
      streamCount: tree.heads.length,
      upToPosition: this.position,
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

  /** The tree of every head (but the anchors') at `position`, the store's last event. */
  private async advance(): Promise<MerkleTree> {
    if (!this.tree && this.store.streamHeads) {
      const stored = await this.store.streamHeads();
      this.position = stored.reduce((max, head) => Math.max(max, head.position), 0);
      this.tree = new MerkleTree(
        stored
          .filter((head) => head.streamId !== ANCHOR_STREAM)
          .map(({ streamId, revision, hash }) => ({ streamId, revision, hash })),
      );
    }
    const changes = new Map<string, StreamHead>();
    for (;;) {
      const events = await this.store.readAll(this.position, { limit: BATCH, raw: true });
      if (events.length === 0) break;
      for (const event of events) {
        if (event.streamId !== ANCHOR_STREAM)
          changes.set(event.streamId, {
            streamId: event.streamId,
            revision: event.revision,
            hash: event.metadata.hash,
          });
        this.position = event.position;
      }
    }
    this.tree = (this.tree ?? new MerkleTree([])).updated(changes.values());
    return this.tree;
  }
}
