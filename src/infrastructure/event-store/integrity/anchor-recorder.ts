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
import { nextTurn } from '../../cooperative';
import { MerkleTree } from './merkle';

/** An anchor this recorder wrote, with the tree of the heads it anchors (for inclusion proofs). */
export interface AnchoredTree {
  event: RecordedEvent<IntegrityAnchor>;
  tree: MerkleTree;
}

/** Heads, and events, read at once: each read a few milliseconds on the main thread. */
const HEADS_PAGE = 2000;
const EVENTS_BATCH = 1000;

/**
 * Records integrity anchors: the Merkle root of every stream's head but the anchors' own. Keeps
 * the tree of the heads it has read and, for each anchor, reads only the events appended since
 * (the first tree comes from the store's stream heads when it keeps them, else from the whole
 * log), so an anchor re-hashes the changed leaves and the nodes above them. Keeps the tree of the
 * last anchor it recorded. Reads and hashes in steps of a few milliseconds, letting the event
 * loop turn between them; one call at a time (a record() waits for the prepare() before it).
 */
export class AnchorRecorder {
  private tree: MerkleTree | null = null;
  private position = 0;
  private last: AnchoredTree | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: EventStore) {}

  /** The last anchor recorded here, with its tree; null before the first. */
  get latest(): AnchoredTree | null {
    return this.last;
  }

  /** Reads the heads up to the store's last event, so that the next anchor reads only what follows. */
  prepare(): Promise<void> {
    return this.serially(async () => {
      await this.advance();
    });
  }

  record(
    reason: IntegrityAnchor['reason'],
    actor: { actorId: string; actorRole: string; requestId: string },
  ): Promise<RecordedEvent<IntegrityAnchor>> {
    return this.serially(async () => {
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
    });
  }

  /** The tree of every head (but the anchors') at `position`, the store's last event. */
  private async advance(): Promise<MerkleTree> {
    let tree = this.tree;
    let position = this.position;
    if (!tree && this.store.streamHeads) {
      // The pages are read at different moments: the events after `position` (read below) bring
      // up to date every head that moved on meanwhile.
      position = await this.store.lastPosition();
      tree = await MerkleTree.build(await this.allHeads(this.store.streamHeads.bind(this.store)));
    }
    const changes = new Map<string, StreamHead>();
    // Up to the last event of a batch that is not full: yielding after that one too would let a
    // steady stream of appends keep the loop going.
    for (;;) {
      const events = await this.store.readAll(position, { limit: EVENTS_BATCH, raw: true });
      for (const event of events) {
        if (event.streamId !== ANCHOR_STREAM)
          changes.set(event.streamId, {
            streamId: event.streamId,
            revision: event.revision,
            hash: event.metadata.hash,
          });
        position = event.position;
      }
      if (events.length < EVENTS_BATCH) break;
      await nextTurn();
    }
    this.tree = await (tree ?? new MerkleTree([])).update(changes.values());
    this.position = position;
    return this.tree;
  }

  private async allHeads(page: NonNullable<EventStore['streamHeads']>): Promise<StreamHead[]> {
    const heads: StreamHead[] = [];
    for (let after: string | null = null; ; await nextTurn()) {
      const stored = await page({ after, limit: HEADS_PAGE });
      // The rows themselves (with their position): a copy of each would double what the
      // garbage collector has to go through while the heap grows by every stream's head.
      for (const head of stored) if (head.streamId !== ANCHOR_STREAM) heads.push(head);
      if (stored.length < HEADS_PAGE) return heads;
      after = stored[stored.length - 1].streamId;
    }
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
