import { createHash } from 'node:crypto';
import type { StreamHead } from '../../../src/infrastructure/event-store/integrity/anchor';
import {
  EMPTY_MERKLE_ROOT,
  merkleLeafHex,
  MerkleTree,
  merkleRoot,
  rootFromProof,
} from '../../../src/infrastructure/event-store/integrity/merkle';

const sha = (...parts: Buffer[]): Buffer =>
  createHash('sha256').update(Buffer.concat(parts)).digest();
/** The definitions of docs/evidence.md, written out again by hand. */
const leaf = (h: StreamHead) =>
  sha(Buffer.from([0]), Buffer.from(`${h.streamId}\u0000${h.revision}\u0000${h.hash}`, 'utf8'));
const node = (l: Buffer, r: Buffer) => sha(Buffer.from([1]), l, r);

const head = (n: number): StreamHead => ({
  streamId: `s-${String(n).padStart(4, '0')}`,
  revision: n % 7,
  hash: createHash('sha256').update(`h${n}`).digest('hex'),
});
const heads = (count: number) => Array.from({ length: count }, (_, i) => head(i));

/** Every leaf's proof leads to the root. */
function expectEveryProof(tree: MerkleTree) {
  for (const h of tree.heads) {
    const proof = tree.proof(h.streamId)!;
    expect(rootFromProof(merkleLeafHex(h), proof)).toBe(tree.root);
  }
}

describe('the Merkle tree of stream heads (merkle-sha256-v1)', () => {
  it('has the hash of nothing as the root of no heads', () => {
    expect(merkleRoot([])).toBe(EMPTY_MERKLE_ROOT);
    expect(EMPTY_MERKLE_ROOT).toBe(createHash('sha256').digest('hex'));
  });

  it('has the leaf itself as the root of one head, with an empty proof', () => {
    const tree = new MerkleTree([head(1)]);
    expect(tree.root).toBe(leaf(head(1)).toString('hex'));
    expect(tree.proof(head(1).streamId)).toEqual({ leafIndex: 0, leafCount: 1, path: [] });
    expectEveryProof(tree);
  });

  it('hashes two leaves with the node prefix, in stream-id order whatever the input order', () => {
    const [a, b] = heads(2);
    const tree = new MerkleTree([b, a]);
    expect(tree.root).toBe(node(leaf(a), leaf(b)).toString('hex'));
    expect(tree.proof(b.streamId)).toEqual({
      leafIndex: 1,
      leafCount: 2,
      path: [leaf(a).toString('hex')],
    });
    expectEveryProof(tree);
  });

  it('carries an odd last node up unchanged: three leaves', () => {
    const [a, b, c] = heads(3);
    const tree = new MerkleTree([a, b, c]);
    expect(tree.root).toBe(node(node(leaf(a), leaf(b)), leaf(c)).toString('hex'));
    expect(tree.proof(c.streamId)!.path).toEqual([node(leaf(a), leaf(b)).toString('hex')]);
    expectEveryProof(tree);
  });

  it.each([4, 5, 6, 7, 8, 9, 31, 33, 100, 1000])('proves every head of %i', (count) => {
    const all = heads(count);
    const tree = new MerkleTree(all);
    // The root written out level by level with the definitions above.
    let level = [...all].sort((x, y) => (x.streamId < y.streamId ? -1 : 1)).map(leaf);
    while (level.length > 1) {
      const next: Buffer[] = [];
      for (let i = 0; i < level.length; i += 2)
        next.push(i + 1 < level.length ? node(level[i], level[i + 1]) : level[i]);
      level = next;
    }
    expect(tree.root).toBe(level[0].toString('hex'));
    expectEveryProof(tree);
  });

  // The count shapes the path only where a level has an odd last node: the verifier checks it
  // against the anchor's `streamCount`, which the anchor event's hash covers.
  it('refuses a tampered proof: a changed sibling or index, a count too small, one hash too many or few', () => {
    const tree = new MerkleTree(heads(13));
    const h = tree.heads[6];
    const proof = tree.proof(h.streamId)!;
    const leafHex = merkleLeafHex(h);
    const flipped = (hex: string) => `${hex[0] === '0' ? '1' : '0'}${hex.slice(1)}`;
    const tampered = [
      { ...proof, path: [flipped(proof.path[0]), ...proof.path.slice(1)] },
      { ...proof, leafIndex: 7 },
      { ...proof, leafCount: 6 },
      { ...proof, path: proof.path.slice(1) },
      { ...proof, path: [...proof.path, proof.path[0]] },
      { ...proof, leafIndex: 13 },
      { ...proof, path: ['not hex', ...proof.path.slice(1)] },
    ];
    for (const bad of tampered) expect(rootFromProof(leafHex, bad)).not.toBe(tree.root);
    expect(rootFromProof(flipped(leafHex), proof)).not.toBe(tree.root);
    expect(rootFromProof(leafHex, proof)).toBe(tree.root);
  });

  it('updates a tree: the same tree as one built afresh from the heads after the changes', () => {
    const all = heads(50);
    const before = new MerkleTree(all.filter((_, i) => i % 3 !== 0));
    const changes = [
      ...all.filter((_, i) => i % 3 === 0), // new streams, before, between and after the others
      { ...all[1], revision: 9, hash: head(1001).hash }, // a stream's head moved on
      { ...all[49], revision: 10, hash: head(1002).hash },
    ];
    const after = before.updated(changes);
    const merged = new Map(before.heads.map((h) => [h.streamId, h]));
    for (const h of changes) merged.set(h.streamId, h);
    const fresh = new MerkleTree(merged.values());
    expect(after.heads).toEqual(fresh.heads);
    expect(after.root).toBe(fresh.root);
    expect(after.proof(all[1].streamId)).toEqual(fresh.proof(all[1].streamId));
    expect(new MerkleTree([]).updated(all).root).toBe(merkleRoot(all));
    expect(before.updated([])).toBe(before);
  });

  it('changes the root when any head changes', () => {
    const all = heads(10);
    const root = merkleRoot(all);
    expect(
      merkleRoot(all.map((h, i) => (i === 4 ? { ...h, revision: h.revision + 1 } : h))),
    ).not.toBe(root);
    expect(merkleRoot(all.slice(1))).not.toBe(root);
  });
});
