import { randomBytes } from 'node:crypto';
import type {
  AnyDocument,
  ReadStore,
  ReadStoreTransaction,
  Where,
} from '../../src/infrastructure/read-store/read-store.port';

export interface ReadStoreFixture {
  store: ReadStore;
  cleanup(): Promise<void>;
}

interface Hazard {
  _id: string;
  unitId: string;
  level: number;
  reportedAt?: string | null;
  tags: string[];
  place?: { building: string };
  open?: boolean;
  note?: string;
}

const ids = (docs: readonly { _id: string }[]): string[] => docs.map((d) => d._id);

/** The behaviour every ReadStore adapter must have; run it once per adapter. */
export function describeReadStoreContract(
  name: string,
  factory: () => Promise<ReadStoreFixture>,
): void {
  describe(`ReadStore contract: ${name}`, () => {
    let fixture: ReadStoreFixture;
    let store: ReadStore;
    /** Collections, checkpoints, leases and aliases of one test never meet another test's. */
    let prefix: string;
    let hazards: string;

    const seed = (docs: Hazard[], collection = hazards) =>
      store.transaction(async (tx) => docs.forEach((doc) => tx.put(collection, doc)));

    const sample: Hazard[] = [
      { _id: 'h1', unitId: 'U1', level: 2, reportedAt: '2025-01-03', tags: ['fire', 'gas'] },
      { _id: 'h2', unitId: 'U1', level: 1, reportedAt: '2025-01-01', tags: ['fire'] },
      { _id: 'h3', unitId: 'U2', level: 3, reportedAt: '2025-02-01', tags: [] },
      { _id: 'h4', unitId: 'U2', level: 2, reportedAt: null, tags: ['gas'], open: true },
      { _id: 'h5', unitId: 'U3', level: 1, tags: ['height'], place: { building: 'B1' } },
    ];

    beforeAll(async () => {
      fixture = await factory();
      store = fixture.store;
    });

    afterAll(async () => {
      await fixture?.cleanup();
    });

    beforeEach(async () => {
      prefix = `t${randomBytes(5).toString('hex')}`;
      hazards = `${prefix}_hazards`;
      await store.ensureCollection(hazards, {
        indexes: [['unitId', 'level'], ['tags'], ['reportedAt'], ['place.building']],
      });
    });

    describe('documents', () => {
      it('round-trips a document through put and get', async () => {
        const doc = {
          _id: 'd1',
          text: '隐患 "quoted"',
          n: 1.5,
          ok: false,
          none: null,
          nested: { list: [1, { a: 'b' }], empty: {} },
        };
        await store.transaction(async (tx) => tx.put(hazards, doc));
        expect(await store.get(hazards, 'd1')).toEqual(doc);
      });

      it('returns null for a missing document or collection', async () => {
        expect(await store.get(hazards, 'nope')).toBeNull();
        expect(await store.get(`${prefix}_never`, 'x')).toBeNull();
        expect(await store.find(`${prefix}_never`)).toEqual([]);
        expect(await store.count(`${prefix}_never`)).toBe(0);
      });

      it('replaces the whole document on put and drops undefined fields', async () => {
        await seed([{ _id: 'h1', unitId: 'U1', level: 1, tags: [], note: 'first' }]);
        await seed([{ _id: 'h1', unitId: 'U9', level: 4, tags: ['x'], note: undefined }]);
        const doc = await store.get<Hazard>(hazards, 'h1');
        expect(doc).toEqual({ _id: 'h1', unitId: 'U9', level: 4, tags: ['x'] });
        expect(await store.count(hazards, { unitId: 'U1' })).toBe(0);
        expect(await store.count(hazards, { unitId: 'U9' })).toBe(1);
      });

      it('deletes documents, and their index entries with them', async () => {
        await seed(sample);
        await store.transaction(async (tx) => tx.delete(hazards, 'h1'));
        expect(await store.get(hazards, 'h1')).toBeNull();
        expect(ids(await store.find(hazards, { where: { tags: 'fire' } }))).toEqual(['h2']);
        await store.transaction(async (tx) => tx.delete(hazards, 'absent'));
        expect(await store.count(hazards)).toBe(4);
      });

      it('rejects documents without a string _id and invalid names', async () => {
        await expect(
          store.transaction(async (tx) => tx.put(hazards, { _id: 7 } as unknown as AnyDocument)),
        ).rejects.toThrow(TypeError);
        await expect(store.get('bad name', 'x')).rejects.toThrow(TypeError);
        await expect(store.ensureCollection('_reserved')).rejects.toThrow(TypeError);
        await expect(store.find(hazards, { where: { $where: 'x' } })).rejects.toThrow(TypeError);
        await expect(
          store.find(hazards, { where: { level: { $ne: 1 } as never } }),
        ).rejects.toThrow(TypeError);
      });
    });

    describe('queries', () => {
      beforeEach(() => seed(sample));

      it('finds by equality on indexed fields, compound and nested', async () => {
        expect(ids(await store.find(hazards, { where: { unitId: 'U1' } })).sort()).toEqual([
          'h1',
          'h2',
        ]);
        expect(ids(await store.find(hazards, { where: { unitId: 'U2', level: 2 } }))).toEqual([
          'h4',
        ]);
        expect(ids(await store.find(hazards, { where: { 'place.building': 'B1' } }))).toEqual([
          'h5',
        ]);
        expect(ids(await store.find(hazards, { where: { _id: 'h3' } }))).toEqual(['h3']);
      });

      it('finds by equality on fields that are not indexed, with the same semantics', async () => {
        expect(ids(await store.find(hazards, { where: { open: true } }))).toEqual(['h4']);
        await seed([
          { _id: 'x1', unitId: 'U7', level: 0, tags: [], note: 'a' },
          { _id: 'x2', unitId: 'U7', level: 0, tags: [], note: ['b', 'a'] as never },
        ]);
        expect(ids(await store.find(hazards, { where: { note: 'a' } }))).toEqual(['x1', 'x2']);
      });

      it('matches an array field when it contains the value', async () => {
        expect(ids(await store.find(hazards, { where: { tags: 'fire' } }))).toEqual(['h1', 'h2']);
        expect(ids(await store.find(hazards, { where: { tags: 'gas', unitId: 'U2' } }))).toEqual([
          'h4',
        ]);
        expect(await store.count(hazards, { tags: 'none' })).toBe(0);
      });

      it('finds by $in, on scalars and arrays', async () => {
        expect(
          ids(await store.find(hazards, { where: { unitId: { $in: ['U2', 'U3'] } } })),
        ).toEqual(['h3', 'h4', 'h5']);
        expect(
          ids(await store.find(hazards, { where: { tags: { $in: ['height', 'gas'] } } })),
        ).toEqual(['h1', 'h4', 'h5']);
        expect(ids(await store.find(hazards, { where: { _id: { $in: ['h2', 'h9'] } } }))).toEqual([
          'h2',
        ]);
        expect(await store.find(hazards, { where: { unitId: { $in: [] } } })).toEqual([]);
      });

      it('finds documents named by _id that also match conditions on indexed fields', async () => {
        const named = { _id: { $in: ['h1', 'h2', 'h4', 'h9'] } };
        const find = async (where: Record<string, unknown>) =>
          ids(await store.find(hazards, { where: { ...named, ...where } }));
        expect(await find({ unitId: 'U1' })).toEqual(['h1', 'h2']);
        expect(await find({ unitId: { $in: ['U2', 'U3'] } })).toEqual(['h4']);
        expect(await find({ tags: 'fire' })).toEqual(['h1', 'h2']);
        expect(await find({ level: { $gte: 2 } })).toEqual(['h1', 'h4']);
        expect(await find({ reportedAt: { $in: [null, '2025-01-05'] } })).toEqual(['h4']);
        expect(await find({ unitId: 'U1', level: 2 })).toEqual(['h1']);
        expect(await find({ unitId: 'U3' })).toEqual([]);
        expect(ids(await store.find(hazards, { where: { _id: 'h4', tags: 'gas' } }))).toEqual([
          'h4',
        ]);
        expect(await store.count(hazards, { _id: 'h4', unitId: 'U1' })).toBe(0);
      });

      it('finds by ranges on numbers and strings, each bound matching its own type only', async () => {
        expect(ids(await store.find(hazards, { where: { level: { $gte: 2 } } }))).toEqual([
          'h1',
          'h3',
          'h4',
        ]);
        expect(ids(await store.find(hazards, { where: { level: { $gt: 1, $lt: 3 } } }))).toEqual([
          'h1',
          'h4',
        ]);
        expect(ids(await store.find(hazards, { where: { level: { $lte: 1 } } }))).toEqual([
          'h2',
          'h5',
        ]);
        const january = { reportedAt: { $gte: '2025-01-01', $lt: '2025-02-01' } };
        expect(ids(await store.find(hazards, { where: january }))).toEqual(['h1', 'h2']);
        expect(await store.count(hazards, { reportedAt: { $lt: 'zzz' } })).toBe(3);
        expect(await store.count(hazards, { reportedAt: { $gte: 0 } })).toBe(0);
        expect(await store.count(hazards, { level: { $lt: 'zzz' } })).toBe(0);
      });

      it('combines an equality and ranges on indexed fields, arrays and types as alone', async () => {
        // Values of other types than Hazard declares: an array of levels, a string, a number.
        const odd: AnyDocument[] = [
          { _id: 'r1', unitId: 'U1', level: [1, 5], reportedAt: '2025-03-01', tags: ['x'] },
          { _id: 'r2', unitId: 'U1', level: '4', reportedAt: 20250301, tags: ['x'] },
        ];
        await store.transaction(async (tx) => odd.forEach((doc) => tx.put(hazards, doc)));
        const find = async (where: Where) => ids(await store.find(hazards, { where }));
        expect(await find({ unitId: 'U1', level: { $gte: 2 } })).toEqual(['h1', 'r1']);
        expect(await find({ unitId: 'U1', level: { $gt: 1, $lt: 5 } })).toEqual(['h1']);
        expect(await find({ unitId: 'U1', reportedAt: { $gte: '2025-01-02' } })).toEqual([
          'h1',
          'r1',
        ]);
        expect(await find({ unitId: 'U2', reportedAt: { $gte: '2025-01-01' } })).toEqual(['h3']);
        expect(await find({ tags: 'x', reportedAt: { $gte: 0 } })).toEqual(['r2']);
        expect(await find({ unitId: { $in: ['U1', 'U3'] }, level: { $lte: 1 } })).toEqual([
          'h2',
          'h5',
          'r1',
        ]);
        expect(await store.count(hazards, { unitId: 'U1', level: { $lt: 'zzz' } })).toBe(1);
      });

      it('needs one array element to meet every bound, on fields indexed or not', async () => {
        const odd: AnyDocument[] = [
          { _id: 'a1', unitId: 'U8', level: [0, 9], tags: ['a', 'z'], note: ['c'] },
          { _id: 'a2', unitId: 'U8', level: [0, 4], tags: ['c'], note: ['a', 'z'] },
          { _id: 'a3', unitId: 'U8', level: 4, tags: ['b', 'y'], note: 'c' },
        ];
        await store.transaction(async (tx) => odd.forEach((doc) => tx.put(hazards, doc)));
        const find = async (where: Where) => ids(await store.find(hazards, { where }));
        expect(await find({ level: { $gt: 2, $lt: 8 } })).toEqual(['a2', 'a3', 'h3']);
        expect(await find({ tags: { $gt: 'b', $lt: 'y' } })).toEqual([
          'a2',
          'h1',
          'h2',
          'h4',
          'h5',
        ]);
        expect(await find({ note: { $gt: 'b', $lt: 'y' } })).toEqual(['a1', 'a3']);
        const both = { level: { $gte: 0, $lte: 4 }, note: { $gt: 'b', $lt: 'y' } };
        expect(await find(both)).toEqual(['a1', 'a3']);
        expect(await store.count(hazards, { ...both, unitId: 'U8', _id: { $gt: 'a1' } })).toBe(1);
      });

      it('matches null against null and missing fields', async () => {
        expect(ids(await store.find(hazards, { where: { reportedAt: null } }))).toEqual([
          'h4',
          'h5',
        ]);
        const nullOrLate = { reportedAt: { $in: [null, '2025-02-01'] } };
        expect(ids(await store.find(hazards, { where: nullOrLate }))).toEqual(['h3', 'h4', 'h5']);
      });

      it('pages in a declared sort order as in any other, missing values and ties included', async () => {
        const sorted = `${prefix}_sorted`;
        await store.ensureCollection(sorted, {
          indexes: [['level']],
          sorts: [
            ['level', -1],
            ['reportedAt', 1],
          ],
        });
        await seed([...sample, { _id: 'h0', unitId: 'U9', level: 2, tags: [] }], sorted);
        const page = async (field: string, direction: 1 | -1, skip: number) =>
          ids(await store.find(sorted, { sort: [[field, direction]], limit: 3, skip }));
        expect(await page('level', -1, 0)).toEqual(['h3', 'h0', 'h1']);
        expect(await page('level', -1, 3)).toEqual(['h4', 'h2', 'h5']);
        expect(await page('reportedAt', 1, 0)).toEqual(['h0', 'h4', 'h5']);
        expect(await page('reportedAt', 1, 3)).toEqual(['h2', 'h1', 'h3']);
        await store.ensureCollection(sorted, { indexes: [['level']], sorts: [['level', -1]] });
        expect(await page('level', -1, 1)).toEqual(['h0', 'h1', 'h4']);
      });

      it('sorts by several fields in either direction, then by _id', async () => {
        const byUnitThenLevelDesc = await store.find(hazards, {
          sort: [
            ['unitId', -1],
            ['level', -1],
          ],
        });
        expect(ids(byUnitThenLevelDesc)).toEqual(['h5', 'h3', 'h4', 'h1', 'h2']);
        const byLevel = await store.find(hazards, { sort: [['level', 1]] });
        expect(ids(byLevel)).toEqual(['h2', 'h5', 'h1', 'h4', 'h3']);
        const byIdDesc = await store.find(hazards, { sort: [['_id', -1]] });
        expect(ids(byIdDesc)).toEqual(['h5', 'h4', 'h3', 'h2', 'h1']);
      });

      it('sorts missing and null values first ascending and last descending', async () => {
        const asc = await store.find(hazards, { sort: [['reportedAt', 1]] });
        expect(ids(asc)).toEqual(['h4', 'h5', 'h2', 'h1', 'h3']);
        const desc = await store.find(hazards, { sort: [['reportedAt', -1]] });
        expect(ids(desc)).toEqual(['h3', 'h1', 'h2', 'h4', 'h5']);
      });

      it('pages with limit and skip after filtering and sorting', async () => {
        const page = (skip: number) =>
          store.find(hazards, {
            where: { level: { $gte: 1 } },
            sort: [
              ['level', 1],
              ['unitId', 1],
            ],
            limit: 2,
            skip,
          });
        expect(ids(await page(0))).toEqual(['h2', 'h5']);
        expect(ids(await page(2))).toEqual(['h1', 'h4']);
        expect(ids(await page(4))).toEqual(['h3']);
        expect(await store.find(hazards, { limit: 0 })).toEqual([]);
        expect(ids(await store.find(hazards, { skip: 3 }))).toEqual(['h4', 'h5']);
      });

      it('counts all documents or those matching', async () => {
        expect(await store.count(hazards)).toBe(5);
        expect(await store.count(hazards, {})).toBe(5);
        expect(await store.count(hazards, { unitId: 'U1', tags: 'gas' })).toBe(1);
      });

      it('indexes existing documents when an index is declared later', async () => {
        await store.ensureCollection(hazards, { indexes: [['open'], ['unitId', 'level']] });
        expect(ids(await store.find(hazards, { where: { open: true } }))).toEqual(['h4']);
        expect(ids(await store.find(hazards, { where: { unitId: 'U3' } }))).toEqual(['h5']);
      });
    });

    describe('unit of work', () => {
      it('commits documents and a checkpoint together and returns the result', async () => {
        const checkpoint = `${prefix}_projection`;
        expect(await store.getCheckpoint(checkpoint)).toBe(0);
        const result = await store.transaction(async (tx) => {
          tx.put(hazards, sample[0]);
          tx.put(hazards, sample[1]);
          tx.setCheckpoint(checkpoint, 42);
          return 'done';
        });
        expect(result).toBe('done');
        expect(await store.getCheckpoint(checkpoint)).toBe(42);
        expect(await store.count(hazards)).toBe(2);
      });

      it('leaves documents and checkpoint unchanged when the work throws', async () => {
        const checkpoint = `${prefix}_projection`;
        await store.transaction(async (tx) => {
          tx.put(hazards, sample[0]);
          tx.setCheckpoint(checkpoint, 1);
        });
        const failing = store.transaction(async (tx) => {
          tx.put(hazards, { ...sample[0], level: 9 });
          tx.put(hazards, sample[2]);
          tx.delete(hazards, 'h1');
          tx.put(`${prefix}_other`, { _id: 'o1' });
          tx.setCheckpoint(checkpoint, 2);
          await Promise.resolve();
          throw new Error('projection failed');
        });
        await expect(failing).rejects.toThrow('projection failed');
        expect(await store.get(hazards, 'h1')).toEqual(sample[0]);
        expect(await store.get(hazards, 'h3')).toBeNull();
        expect(await store.get(`${prefix}_other`, 'o1')).toBeNull();
        expect(await store.getCheckpoint(checkpoint)).toBe(1);
      });

      it('lets reads inside see the buffered writes, then committed data', async () => {
        await seed([sample[0], sample[1]]);
        await store.transaction(async (tx) => {
          expect(await tx.get(hazards, 'h1')).toEqual(sample[0]);
          tx.put(hazards, { ...sample[0], level: 7 });
          expect(await tx.get<Hazard>(hazards, 'h1')).toMatchObject({ level: 7 });
          tx.delete(hazards, 'h2');
          expect(await tx.get(hazards, 'h2')).toBeNull();
          expect(await store.get(hazards, 'h2')).toEqual(sample[1]);
        });
        expect(await store.get<Hazard>(hazards, 'h1')).toMatchObject({ level: 7 });
        expect(await store.get(hazards, 'h2')).toBeNull();
      });

      it('snapshots a document when it is put', async () => {
        const doc = { ...sample[0], tags: [...sample[0].tags] };
        await store.transaction(async (tx) => {
          tx.put(hazards, doc);
          doc.level = 99;
          doc.tags.push('late');
        });
        expect(await store.get(hazards, 'h1')).toEqual(sample[0]);
      });

      it('applies the last write to a document within one unit of work', async () => {
        await store.transaction(async (tx) => {
          tx.put(hazards, sample[0]);
          tx.delete(hazards, 'h1');
          tx.put(hazards, sample[1]);
          tx.put(hazards, { ...sample[1], level: 5 });
        });
        expect(await store.get(hazards, 'h1')).toBeNull();
        expect(await store.get<Hazard>(hazards, 'h2')).toMatchObject({ level: 5 });
      });

      it('refuses writes through a finished transaction', async () => {
        let escaped: ReadStoreTransaction | undefined;
        await store.transaction(async (tx) => {
          escaped = tx;
        });
        expect(() => escaped!.put(hazards, sample[0])).toThrow(/finished/);
      });

      it('creates a collection on its first write', async () => {
        const fresh = `${prefix}_fresh`;
        await store.transaction(async (tx) => tx.put(fresh, { _id: 'a', tags: ['x'] }));
        expect(await store.listCollections()).toContain(fresh);
        expect(await store.count(fresh, { tags: 'x' })).toBe(1);
      });

      it('commits a large batch in one unit of work', async () => {
        const checkpoint = `${prefix}_batch`;
        await store.transaction(async (tx) => {
          for (let i = 0; i < 5000; i += 1) {
            tx.put(hazards, { _id: `b${i}`, unitId: `U${i % 10}`, level: i % 4, tags: ['bulk'] });
          }
          tx.setCheckpoint(checkpoint, 5000);
        });
        expect(await store.count(hazards, { unitId: 'U3' })).toBe(500);
        expect(await store.count(hazards, { tags: 'bulk', level: 0 })).toBe(1250);
        expect(await store.getCheckpoint(checkpoint)).toBe(5000);
      });
    });

    describe('leases', () => {
      const t0 = new Date('2025-01-01T00:00:00.000Z');
      const at = (ms: number) => new Date(t0.getTime() + ms);

      it('lets one owner hold a lease until it expires or is released', async () => {
        const lease = `${prefix}_hazards`;
        expect(await store.tryAcquireLease(lease, 'A', 1000, t0)).toBe(true);
        expect(await store.tryAcquireLease(lease, 'B', 1000, at(500))).toBe(false);
        expect(await store.tryAcquireLease(lease, 'A', 1000, at(900))).toBe(true);
        expect(await store.tryAcquireLease(lease, 'B', 1000, at(1500))).toBe(false);
        expect(await store.tryAcquireLease(lease, 'B', 1000, at(1900))).toBe(true);
        expect(await store.tryAcquireLease(lease, 'A', 1000, at(2000))).toBe(false);
        await store.releaseLease(lease, 'A');
        expect(await store.tryAcquireLease(lease, 'A', 1000, at(2100))).toBe(false);
        await store.releaseLease(lease, 'B');
        expect(await store.tryAcquireLease(lease, 'A', 1000, at(2200))).toBe(true);
      });

      it('keeps leases of different names apart', async () => {
        expect(await store.tryAcquireLease(`${prefix}_one`, 'A', 1000, t0)).toBe(true);
        expect(await store.tryAcquireLease(`${prefix}_two`, 'B', 1000, t0)).toBe(true);
      });

      it('gives a contended lease to exactly one of several owners', async () => {
        const lease = `${prefix}_contended`;
        const owners = ['A', 'B', 'C', 'D', 'E'];
        const won = await Promise.all(
          owners.map((owner) => store.tryAcquireLease(lease, owner, 60_000, t0)),
        );
        expect(won.filter(Boolean)).toHaveLength(1);
      });

      it('lists the leases not released, expired ones included', async () => {
        await store.tryAcquireLease(`${prefix}_a`, 'A', 1000, t0);
        await store.tryAcquireLease(`${prefix}_b`, 'B', 5000, t0);
        await store.tryAcquireLease(`${prefix}_c`, 'C', 1000, t0);
        await store.releaseLease(`${prefix}_c`, 'C');
        const mine = (await store.listLeases()).filter((lease) => lease.name.startsWith(prefix));
        expect(mine).toEqual([
          { name: `${prefix}_a`, owner: 'A', expiresAt: at(1000) },
          { name: `${prefix}_b`, owner: 'B', expiresAt: at(5000) },
        ]);
      });

      it('hands a lease over from the holder named, expired or not, and from no one else', async () => {
        const lease = `${prefix}_taken`;
        expect(await store.tryAcquireLease(lease, 'A', 60_000, t0)).toBe(true);
        expect(await store.takeOverLease(lease, 'B', 'C', 1000, at(10))).toBe(false);
        expect(await store.takeOverLease(lease, 'B', 'A', 1000, at(10))).toBe(true);
        expect(await store.tryAcquireLease(lease, 'A', 60_000, at(20))).toBe(false);
        expect(await store.tryAcquireLease(lease, 'B', 1000, at(30))).toBe(true);
        expect(await store.takeOverLease(lease, 'C', 'A', 1000, at(40))).toBe(false);
        expect(await store.takeOverLease(`${prefix}_absent`, 'C', 'A', 1000, at(40))).toBe(false);
        const [held] = (await store.listLeases()).filter((l) => l.name === lease);
        expect(held).toEqual({ name: lease, owner: 'B', expiresAt: at(1030) });
      });

      it('gives a lease taken over from a dead holder to exactly one of several owners', async () => {
        const lease = `${prefix}_inherited`;
        await store.tryAcquireLease(lease, 'dead', 60_000, t0);
        const owners = ['A', 'B', 'C', 'D', 'E'];
        const won = await Promise.all(
          owners.map((owner) => store.takeOverLease(lease, owner, 'dead', 60_000, at(10))),
        );
        expect(won.filter(Boolean)).toHaveLength(1);
      });
    });

    describe('collections and aliases', () => {
      it('lists and drops collections', async () => {
        const v1 = `${prefix}_v1`;
        const v2 = `${prefix}_v2`;
        await store.ensureCollection(v1, { indexes: [['unitId']] });
        await store.ensureCollection(v2);
        await store.ensureCollection(v2);
        await seed([sample[0]], v1);
        const mine = async () =>
          (await store.listCollections()).filter((c) => c.startsWith(prefix));
        expect(await mine()).toEqual([hazards, v1, v2]);
        await store.dropCollection(v1);
        await store.dropCollection(`${prefix}_absent`);
        expect(await mine()).toEqual([hazards, v2]);
        expect(await store.get(v1, 'h1')).toBeNull();
        await seed([sample[1]], v1);
        expect(ids(await store.find(v1))).toEqual(['h2']);
      });

      it('resolves an alias to the collection it was last switched to', async () => {
        const alias = `${prefix}_current`;
        expect(await store.resolveAlias(alias)).toBeNull();
        await store.setAlias(alias, `${prefix}_v1`);
        expect(await store.resolveAlias(alias)).toBe(`${prefix}_v1`);
        await store.setAlias(alias, `${prefix}_v2`);
        expect(await store.resolveAlias(alias)).toBe(`${prefix}_v2`);
      });
    });

    it('reports health', async () => {
      expect(await store.health()).toMatchObject({ ok: true, adapter: store.adapter });
    });
  });
}
