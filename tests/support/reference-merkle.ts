/**
 * `merkle-sha256-v1` written straight from its definition (docs/evidence.md), to check the tree
 * the service builds in slices against: the heads sorted by stream id, each level paired left to
 * right with an odd last node carried up, a proof the siblings from the leaf up.
 */
import { hash } from 'node:crypto';
import type { StreamHead } from '../../src/infrastructure/event-store/integrity/anchor';
import {
  byStreamId,
  EMPTY_MERKLE_ROOT,
  merkleLeafHex,
  type MerkleProof,
} from '../../src/infrastructure/event-store/integrity/merkle';

const parent = (left: string, right: string): string =>
  hash('sha256', Buffer.concat([Buffer.from([1]), Buffer.from(left + right, 'hex')]), 'hex');

function levelsOf(leaves: string[]): string[][] {
  const levels = [leaves];
  while (levels[levels.length - 1].length > 1) {
    const below = levels[levels.length - 1];
    const above: string[] = [];
    for (let i = 0; i < below.length; i += 2) {
      above.push(i + 1 < below.length ? parent(below[i], below[i + 1]) : below[i]);
    }
    levels.push(above);
  }
  return levels;
}

export interface ReferenceTree {
  readonly heads: readonly StreamHead[];
  readonly root: string;
  proof(streamId: string): MerkleProof | undefined;
  /** The tree of these heads with `changes` put in (a stream's newer head replaces its older one). */
  updated(changes: readonly StreamHead[]): ReferenceTree;
}

export function referenceTree(input: Iterable<StreamHead>): ReferenceTree {
  const heads = [...input].sort(byStreamId);
  const levels = levelsOf(heads.map(merkleLeafHex));
  return {
    heads,
    root: heads.length === 0 ? EMPTY_MERKLE_ROOT : levels[levels.length - 1][0],
    proof(streamId) {
      const leafIndex = heads.findIndex((h) => h.streamId === streamId);
      if (leafIndex < 0) return undefined;
      const path: string[] = [];
      let i = leafIndex;
      for (const level of levels.slice(0, -1)) {
        const sibling = i % 2 === 1 ? i - 1 : i + 1;
        if (sibling < level.length) path.push(level[sibling]);
        i = Math.floor(i / 2);
      }
      return { leafIndex, leafCount: heads.length, path };
    },
    updated(changes) {
      const byStream = new Map(heads.map((h) => [h.streamId, h]));
      for (const change of changes) byStream.set(change.streamId, change);
      return referenceTree(byStream.values());
    },
  };
}
