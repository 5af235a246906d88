import { hash } from 'node:crypto';
import type { StreamHead } from './anchor';

/**
 * The Merkle tree of anchors of scheme `merkle-sha256-v1` (docs/evidence.md gives the same
 * definitions for a third party):
 *
 * - leaf = SHA-256(0x00 ‖ UTF-8(streamId ‖ 0x00 ‖ decimal revision ‖ 0x00 ‖ hash)), the head's
 *   hash as stored (64 lowercase hex digits);
 * - node = SHA-256(0x01 ‖ left ‖ right), over the two 32-byte child hashes;
 * - the leaves are the stream heads in stream-id order (UTF-16 code units, JavaScript's `<`);
 * - at each level the nodes are paired left to right; an odd last node is carried up unchanged
 *   (neither hashed again nor duplicated);
 * - the root of no leaves is SHA-256 of nothing; of one leaf, that leaf.
 */

const NODE = Buffer.from([1]);

export const EMPTY_MERKLE_ROOT = hash('sha256', '', 'hex');

/** The leaf of a head, as hex. (A NUL written in a JavaScript string is the byte 0x00 in UTF-8.) */
export const merkleLeafHex = (head: StreamHead): string =>
  hash('sha256', `\u0000${head.streamId}\u0000${head.revision}\u0000${head.hash}`, 'hex');

export function merkleNode(left: Buffer, right: Buffer): Buffer {
  return hash('sha256', Buffer.concat([NODE, left, right]), 'buffer');
}

/** An inclusion proof: the sibling hashes from the leaf up, as hex; sides follow from index and count. */
export interface MerkleProof {
  leafIndex: number;
  leafCount: number;
  path: string[];
}

export const byStreamId = (a: StreamHead, b: StreamHead): number =>
  a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0;

/** A tree over stream heads, kept level by level (each level one buffer of 32-byte hashes). */
export class MerkleTree {
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
  updated(changes: Iterable<StreamHead>): MerkleTree {
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
    return new MerkleTree(heads, leaves.subarray(0, heads.length * 32));
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

/** The Merkle root of stream heads (any order: they are sorted by stream id). */
export const merkleRoot = (heads: Iterable<StreamHead>): string => new MerkleTree(heads).root;

/**
 * The root a proof leads to from a leaf hash (hex), or null when the proof does not fit its
 * index and count (an index out of range, too few or too many path hashes, a malformed hash).
 */
export function rootFromProof(leafHex: string, proof: MerkleProof): string | null {
  const { leafIndex, leafCount, path } = proof;
  if (!Number.isInteger(leafIndex) || !Number.isInteger(leafCount)) return null;
  if (leafIndex < 0 || leafIndex >= leafCount || !Array.isArray(path)) return null;
  let node = hexHash(leafHex);
  let i = leafIndex;
  let count = leafCount;
  let used = 0;
  while (node && count > 1) {
    if (i % 2 === 1 || i + 1 < count) {
      const sibling = used < path.length ? hexHash(path[used++]) : null;
      if (!sibling) return null;
      node = i % 2 === 1 ? merkleNode(sibling, node) : merkleNode(node, sibling);
    }
    i = Math.floor(i / 2);
    count = Math.ceil(count / 2);
  }
  return node && used === path.length ? node.toString('hex') : null;
}

const hexHash = (value: unknown): Buffer | null =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value) ? Buffer.from(value, 'hex') : null;
