import { createHash } from 'node:crypto';
import type { StreamHead } from '../../../src/infrastructure/event-store/integrity/anchor';
import { runInSlices, type Steps } from '../../../src/infrastructure/cooperative';
import { MerkleTree } from '../../../src/infrastructure/event-store/integrity/merkle';
import { Rng } from '../../../src/world/prng';
import { referenceTree, type ReferenceTree } from '../../support/reference-merkle';

/** Counts the turns of the event loop until stopped. */
function turnCounter(): { readonly turns: number; stop(): void } {
  let turns = 0;
  let timer = setImmediate(function turn() {
    turns++;
    timer = setImmediate(turn);
  });
  return {
    get turns() {
      return turns;
    },
    stop: () => clearImmediate(timer),
  };
}

/** The same heads on every run. */
function random(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

const PREFIXES = ['hazard-', 'incident-', 'inspection-', 'unit-', '隐患-', 'z\u{1f600}-', ''];

function headsOf(rng: () => number, count: number, tag = ''): StreamHead[] {
  const ids = new Set<string>();
  while (ids.size < count) {
    const prefix = PREFIXES[Math.floor(rng() * PREFIXES.length)];
    ids.add(`${prefix}${Math.floor(rng() * 1e9).toString(36)}${tag}`);
  }
  return [...ids].map((streamId) => headOf(rng, streamId));
}

const headOf = (rng: () => number, streamId: string): StreamHead => ({
  streamId,
  revision: Math.floor(rng() * 50),
  hash: createHash('sha256').update(`${streamId}:${rng()}`).digest('hex'),
});

/** Changes to `base`: some of its streams moved on, and new streams (`inserted` of them). */
function changesOf(rng: () => number, base: StreamHead[], replaced: number, inserted: number) {
  const moved = [...base]
    .sort(() => rng() - 0.5)
    .slice(0, replaced)
    .map((h) => headOf(rng, h.streamId));
  return [...moved, ...headsOf(rng, inserted, '-new')];
}

/** Same heads, root and proof of every head. */
function expectSameTree(tree: MerkleTree, reference: ReferenceTree): void {
  const described = (t: MerkleTree | ReferenceTree) =>
    JSON.stringify([t.root, t.heads, t.heads.map((h) => t.proof(h.streamId))]);
  expect(tree.root).toBe(reference.root);
  expect(described(tree)).toBe(described(reference));
}

describe('the Merkle tree built in slices: the same roots and proofs as the definition', () => {
  it.each([0, 1, 2, 3, 4, 5, 7, 31, 64, 333, 1025, 4097])(
    'builds %i heads given in any order',
    async (count) => {
      const rng = random(count + 1);
      const heads = headsOf(rng, count);
      const reference = referenceTree(heads);
      expectSameTree(new MerkleTree(heads), reference);
      expectSameTree(await MerkleTree.build(heads), reference);
      const sorted = [...reference.heads];
      expectSameTree(await MerkleTree.build(sorted), reference);
      expect(sorted).toEqual(reference.heads);
    },
  );

  it.each([
    // [heads before, replaced, inserted]
    [0, 0, 1],
    [0, 0, 5],
    [1, 1, 0],
    [1, 0, 1],
    [1, 1, 3],
    [2, 1, 0],
    [3, 1, 0],
    [5, 2, 0],
    [8, 0, 1],
    [17, 4, 0],
    [17, 0, 4],
    [100, 10, 1],
    [333, 40, 7],
    [1000, 1, 0],
    [1000, 300, 0],
    [4099, 50, 0],
    [4099, 20, 20],
    [3000, 0, 2000],
  ])('updates %i heads with %i moved on and %i new streams', async (count, replaced, inserted) => {
    const rng = random(count * 7 + replaced * 3 + inserted);
    const base = headsOf(rng, count);
    let reference = referenceTree(base);
    let sync = new MerkleTree(base);
    let sliced = await MerkleTree.build(base);
    // Three rounds, so that trees updated before are updated again.
    for (let round = 0; round < 3; round++) {
      const changes = changesOf(rng, [...reference.heads], replaced, round === 0 ? inserted : 1);
      reference = reference.updated(changes);
      sync = sync.updated(changes);
      sliced = await sliced.update(changes);
      expectSameTree(sync, reference);
      expectSameTree(sliced, reference);
    }
  });

  it('updates a tree with streams before all, between and after all others', async () => {
    const base = headsOf(random(9), 301);
    const tree = await MerkleTree.build(base);
    const reference = referenceTree(base);
    const rng = random(10);
    const changes = [
      headOf(rng, '\u0000first'),
      headOf(rng, `${reference.heads[150].streamId}~`),
      headOf(rng, reference.heads[0].streamId),
      headOf(rng, reference.heads[300].streamId),
      headOf(rng, '\u{10ffff}last'),
    ];
    expectSameTree(await tree.update(changes), reference.updated(changes));
    expect(await tree.update([])).toBe(tree);
  });

  it('refuses two heads of a stream, in the heads and in the changes', async () => {
    const [a, b] = headsOf(random(3), 2);
    const twice = [a, b, { ...a, revision: a.revision + 1 }];
    expect(() => new MerkleTree(twice)).toThrow(`stream ${a.streamId} has two heads`);
    await expect(MerkleTree.build(twice)).rejects.toThrow(`stream ${a.streamId} has two heads`);
    const tree = new MerkleTree([a]);
    expect(() => tree.updated([b, b])).toThrow('has two heads');
    await expect(tree.update([b, b])).rejects.toThrow('has two heads');
  });

  it('lets the event loop turn while it builds and updates a large tree', async () => {
    const heads = headsOf(random(5), 60_000);
    const counter = turnCounter();
    try {
      const tree = await MerkleTree.build(heads);
      const built = counter.turns;
      await tree.update(changesOf(random(6), heads, 10, 10));
      expect(built).toBeGreaterThan(0);
      expect(counter.turns).toBeGreaterThan(built);
    } finally {
      counter.stop();
    }
  });
});

describe('runInSlices', () => {
  it('runs the steps to their value, letting the event loop turn between slices', async () => {
    function* steps(): Steps<number> {
      let sum = 0;
      for (let i = 1; i <= 5; i++) {
        sum += i;
        yield;
      }
      return sum;
    }
    const counter = turnCounter();
    try {
      expect(await runInSlices(steps(), 0)).toBe(15);
      expect(counter.turns).toBeGreaterThanOrEqual(4);
    } finally {
      counter.stop();
    }
  });
});
