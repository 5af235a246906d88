import { hash } from 'node:crypto';
import type { StreamHead } from './anchor';
import { runAtOnce, runInSlices, type Steps } from '../../cooperative';

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

/**
 * A tree over stream heads, kept level by level (each level one buffer of 32-byte hashes). Built
 * and updated at once (`new MerkleTree`, `updated`) or in slices of a few milliseconds that let
 * the event loop turn (`MerkleTree.build`, `update`: the same steps, so the same hashes), as a
 * service's tree holds a leaf for every stream of the store.
 */
export class MerkleTree {
  /** The heads in leaf order. */
  readonly heads: readonly StreamHead[];
  private readonly levels: readonly Buffer[];

  /** A tree of `heads` (any order), built at once; with `levels`, `heads` are sorted and those are their levels. */
  constructor(heads: Iterable<StreamHead>, levels?: readonly Buffer[]) {
    const built = levels
      ? { heads: Array.isArray(heads) ? (heads as StreamHead[]) : [...heads], levels }
      : runAtOnce(treeSteps([...heads]));
    this.heads = built.heads;
    this.levels = built.levels;
  }

  /** A tree of `heads` (any order), built in slices. */
  static async build(heads: Iterable<StreamHead>): Promise<MerkleTree> {
    const built = await runInSlices(treeSteps([...heads]));
    return new MerkleTree(built.heads, built.levels);
  }

  /**
   * This tree with `changes` applied (heads of streams in it replaced, of new streams inserted),
   * built at once. Leaves and nodes that cannot have changed are copied: those of unchanged
   * heads, and the nodes over them up to the first new stream (after it every leaf moved).
   */
  updated(changes: Iterable<StreamHead>): MerkleTree {
    const changed = [...changes];
    if (changed.length === 0) return this;
    const built = runAtOnce(updateSteps(this.heads, this.levels, changed));
    return new MerkleTree(built.heads, built.levels);
  }

  /** `updated`, in slices. */
  async update(changes: Iterable<StreamHead>): Promise<MerkleTree> {
    const changed = [...changes];
    if (changed.length === 0) return this;
    const built = await runInSlices(updateSteps(this.heads, this.levels, changed));
    return new MerkleTree(built.heads, built.levels);
  }

  get root(): string {
    return this.heads.length === 0 ? EMPTY_MERKLE_ROOT : this.levels.at(-1)!.toString('hex');
  }

  head(streamId: string): StreamHead | undefined {
    const i = this.indexOf(streamId);
    return i === undefined ? undefined : this.heads[i];
  }

  private indexOf(streamId: string): number | undefined {
    const i = lowerBound(this.heads, streamId);
    return this.heads[i]?.streamId === streamId ? i : undefined;
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

interface Built {
  heads: StreamHead[];
  levels: Buffer[];
}

/** Leaves hashed, heads moved or nodes hashed between two yields: about a millisecond of work. */
const STEP = 1024;

/** The index of the first head whose stream id is not below `streamId`. */
function lowerBound(heads: readonly StreamHead[], streamId: string): number {
  let low = 0;
  let high = heads.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (heads[middle].streamId < streamId) low = middle + 1;
    else high = middle;
  }
  return low;
}

const twoHeads = (head: StreamHead) => new Error(`stream ${head.streamId} has two heads`);

// Hex output and a write are faster than a Buffer output: Node allocates a Buffer per digest.
const writeLeaf = (head: StreamHead, leaves: Buffer, index: number) =>
  leaves.write(merkleLeafHex(head), index * 32, 'hex');

const PAIR = Buffer.concat([NODE, Buffer.alloc(64)]);

/** Parent `k` of a level of `count` nodes: its pair hashed, or an odd last node carried up. */
function writeParent(level: Buffer, count: number, k: number, parents: Buffer): void {
  if (2 * k + 1 < count) {
    level.copy(PAIR, 1, k * 64, k * 64 + 64);
    parents.write(hash('sha256', PAIR, 'hex'), k * 32, 'hex');
  } else level.copy(parents, k * 32, k * 64, k * 64 + 32);
}

function* treeSteps(heads: StreamHead[]): Steps<Built> {
  const sorted = yield* sortedByStreamId(heads);
  const leaves = Buffer.allocUnsafe(sorted.length * 32);
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && !(sorted[i - 1].streamId < sorted[i].streamId)) throw twoHeads(sorted[i]);
    writeLeaf(sorted[i], leaves, i);
    if (i % STEP === STEP - 1) yield;
  }
  return { heads: sorted, levels: yield* levelSteps(leaves, null) };
}

function* updateSteps(
  oldHeads: readonly StreamHead[],
  oldLevels: readonly Buffer[],
  changes: StreamHead[],
): Steps<Built> {
  const changed = yield* sortedByStreamId(changes);
  const places: number[] = [];
  let inserted = 0;
  for (const [j, head] of changed.entries()) {
    if (j > 0 && !(changed[j - 1].streamId < head.streamId)) throw twoHeads(head);
    const place = lowerBound(oldHeads, head.streamId);
    if (oldHeads[place]?.streamId !== head.streamId) inserted++;
    places.push(place);
    if (j % STEP === STEP - 1) yield;
  }
  const count = oldHeads.length + inserted;
  const heads = new Array<StreamHead>(count);
  const leaves = Buffer.allocUnsafe(count * 32);
  const oldLeaves = oldLevels[0];
  // Leaves replaced in place before the first inserted one, which moves every leaf after it.
  const replaced: number[] = [];
  let firstInserted = -1;
  let from = 0;
  let to = 0;
  function* keepUpTo(end: number): Steps<void> {
    oldLeaves.copy(leaves, to * 32, from * 32, end * 32);
    while (from < end) {
      heads[to++] = oldHeads[from++];
      if (to % STEP === 0) yield;
    }
  }
  for (const [j, head] of changed.entries()) {
    yield* keepUpTo(places[j]);
    if (oldHeads[from]?.streamId === head.streamId) {
      from++;
      if (firstInserted < 0) replaced.push(to);
    } else if (firstInserted < 0) firstInserted = to;
    heads[to] = head;
    writeLeaf(head, leaves, to++);
    if (j % STEP === STEP - 1) yield;
  }
  yield* keepUpTo(oldHeads.length);
  const unmoved = firstInserted < 0 ? count : firstInserted;
  return { heads, levels: yield* levelSteps(leaves, { levels: oldLevels, unmoved, replaced }) };
}

/**
 * The levels above `leaves`. With `old`, the levels of a tree whose first `unmoved` leaves were
 * at the same places, equal but for `replaced` (ascending): a parent whose children are all
 * unmoved and not replaced is the old one, copied; the others are hashed.
 */
function* levelSteps(
  leaves: Buffer,
  old: { levels: readonly Buffer[]; unmoved: number; replaced: number[] } | null,
): Steps<Buffer[]> {
  const levels = [leaves];
  let unmoved = old?.unmoved ?? 0;
  let replaced = old?.replaced ?? [];
  for (let level = leaves; level.length > 32;) {
    const count = level.length / 32;
    const parentCount = Math.ceil(count / 2);
    const parents = Buffer.allocUnsafe(parentCount * 32);
    const oldParents = old?.levels[levels.length];
    // With nothing moved, the counts and pairs are the old ones, the odd last node included.
    const kept = !oldParents ? 0 : unmoved >= count ? parentCount : Math.floor(unmoved / 2);
    oldParents?.copy(parents, 0, 0, kept * 32);
    const changed: number[] = [];
    for (const i of replaced) {
      const k = Math.floor(i / 2);
      if (k >= kept || changed.at(-1) === k) continue;
      changed.push(k);
      writeParent(level, count, k, parents);
      if (changed.length % STEP === 0) yield;
    }
    for (let k = kept; k < parentCount; k++) {
      writeParent(level, count, k, parents);
      if (k % STEP === STEP - 1) yield;
    }
    levels.push(parents);
    level = parents;
    unmoved = kept;
    replaced = changed;
  }
  return levels;
}

/** `heads` in stream-id order: as they are when they already are, else merge-sorted in steps. */
function* sortedByStreamId(heads: StreamHead[]): Steps<StreamHead[]> {
  let sorted = true;
  for (let i = 1; i < heads.length && sorted; i++) {
    sorted = byStreamId(heads[i - 1], heads[i]) <= 0;
    if (i % (8 * STEP) === 0) yield;
  }
  if (sorted) return heads;
  let from = heads;
  for (let start = 0; start < from.length; start += STEP) {
    const run = from.slice(start, start + STEP).sort(byStreamId);
    for (const [i, head] of run.entries()) from[start + i] = head;
    yield;
  }
  let to = new Array<StreamHead>(from.length);
  for (let width = STEP; width < from.length; width *= 2) {
    for (let left = 0; left < from.length; left += 2 * width) {
      const middle = Math.min(left + width, from.length);
      const end = Math.min(left + 2 * width, from.length);
      let i = left;
      let j = middle;
      for (let k = left; k < end; k++) {
        to[k] =
          j >= end || (i < middle && byStreamId(from[i], from[j]) <= 0) ? from[i++] : from[j++];
        if (k % STEP === STEP - 1) yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
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
