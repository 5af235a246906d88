/**
 * The Merkle tree of `merkle-sha256-v1` as it was built before the tree was built in slices
 * (commit e237c0f, src/infrastructure/event-store/integrity/merkle.ts), kept unchanged to compare
 * the roots and proofs of today's tree with.
 */
import { hash } from 'node:crypto';
import type { StreamHead } from '../../src/infrastructure/event-store/integrity/anchor';
import {
  byStreamId,
  EMPTY_MERKLE_ROOT,
  merkleLeafHex,
  type MerkleProof,
} from '../../src/infrastructure/event-store/integrity/merkle';

const NODE = Buffer.from([1]);

/** A tree over stream heads, kept level by level (each level one buffer of 32-byte hashes). */
export class LegacyMerkleTree {
  /** The heads in leaf order. */
  readonly heads: readonly StreamHead[];
  private readonly levels: Buffer[];

  /** A tree of `heads` (any order); with `sortedLeaves`, `heads` are sorted and those are their leaves. */
  constructor(heads: Iterable<StreamHead>, sortedLeaves?: Buffer) {
    this.heads = sortedLeaves ? [...heads] : [...heads].sort(byStreamId);
    const leaves = sortedLeaves ?? Buffer.allocUnsafe(this.heads.length * 32);
    this.heads.forEach((head, i) => {
      if (i > 0 && !(this.heads[i - 1].streamId < head.streamId))
        throw new Error(`stream ${head.streamId} has two heads`);
      if (!sortedLeaves) leaves.write(merkleLeafHex(head), i * 32, 'hex');
    });
    this.levels = [leaves];
    for (let level = leaves; level.length > 32;) {
      level = nextLevel(level);
      this.levels.push(level);
    }
  }

  /**
   * This tree with `changes` applied (heads of streams in it replaced, of new streams inserted),
   * reusing the leaves of the heads that did not change.
   */
  updated(changes: Iterable<StreamHead>): LegacyMerkleTree {
    const changed = [...changes].sort(byStreamId);
    if (changed.length === 0) return this;
    const heads: StreamHead[] = [];
    const leaves = Buffer.allocUnsafe((this.heads.length + changed.length) * 32);
    const old = this.levels[0];
    let i = 0;
    let j = 0;
    while (i < this.heads.length || j < changed.length) {
      const kept = this.heads[i];
      const next = changed[j];
      const at = heads.length * 32;
      if (next && (!kept || next.streamId <= kept.streamId)) {
        if (kept?.streamId === next.streamId) i++;
        heads.push(next);
        leaves.write(merkleLeafHex(next), at, 'hex');
        j++;
      } else {
        heads.push(kept);
        old.copy(leaves, at, i * 32, i * 32 + 32);
        i++;
      }
    }
    return new LegacyMerkleTree(heads, leaves.subarray(0, heads.length * 32));
  }

  get root(): string {
    return this.heads.length === 0 ? EMPTY_MERKLE_ROOT : this.levels.at(-1)!.toString('hex');
  }

  head(streamId: string): StreamHead | undefined {
    const i = this.indexOf(streamId);
    return i === undefined ? undefined : this.heads[i];
  }

  private indexOf(streamId: string): number | undefined {
    let low = 0;
    let high = this.heads.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const id = this.heads[middle].streamId;
      if (id === streamId) return middle;
      if (id < streamId) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /** The proof of a stream's head; undefined for a stream not in the tree. */
  proof(streamId: string): MerkleProof | undefined {
    const leafIndex = this.indexOf(streamId);
    if (leafIndex === undefined) return undefined;
    const path: string[] = [];
    let i = leafIndex;
    for (const level of this.levels.slice(0, -1)) {
      const count = level.length / 32;
      const sibling = i % 2 === 1 ? i - 1 : i + 1 < count ? i + 1 : -1;
      if (sibling >= 0) path.push(level.subarray(sibling * 32, sibling * 32 + 32).toString('hex'));
      i = Math.floor(i / 2);
    }
    return { leafIndex, leafCount: this.heads.length, path };
  }
}

/** The parents of a level: pairs hashed from one scratch buffer, an odd last node carried up. */
function nextLevel(level: Buffer): Buffer {
  const count = level.length / 32;
  const parents = Buffer.allocUnsafe(Math.ceil(count / 2) * 32);
  const pair = Buffer.allocUnsafe(65);
  pair[0] = NODE[0];
  for (let i = 0; i + 1 < count; i += 2) {
    level.copy(pair, 1, i * 32, i * 32 + 64);
    parents.write(hash('sha256', pair, 'hex'), (i / 2) * 32, 'hex');
  }
  if (count % 2 === 1) level.copy(parents, parents.length - 32, (count - 1) * 32);
  return parents;
}
