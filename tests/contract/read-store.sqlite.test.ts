import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Where } from '../../src/infrastructure/read-store/read-store.port';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';
import { checkedByMingo } from './mingo-check';
import { describeReadStoreContract } from './read-store.contract';

/** A store in a fresh temporary directory for each test of the enclosing describe. */
function freshStore(): () => SqliteReadStore {
  let directory: string;
  let store: SqliteReadStore;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'read-store-'));
    store = new SqliteReadStore({ directory });
  });
  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });
  return () => store;
}

type Statement = { all(...params: unknown[]): unknown[] };

/** Records the SQL the store prepares while `work` runs; returns it with the real `prepare`. */
async function preparedDuring(store: SqliteReadStore, work: () => Promise<void>) {
  const db = (store as unknown as { db: { prepare(sql: string): Statement } }).db;
  const prepare = db.prepare.bind(db);
  const prepared: string[] = [];
  db.prepare = (sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  };
  try {
    await work();
  } finally {
    db.prepare = prepare;
  }
  return { prepared, prepare };
}

// Every query is also run through the MongoDB adapter's translation under mingo (mingo-check.ts).
describeReadStoreContract('SQLite', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'read-store-'));
  const store = new SqliteReadStore({ directory });
  return {
    store: checkedByMingo(store),
    async cleanup() {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
});

describe('SqliteReadStore sharing a file with another connection', () => {
  let directory: string;
  let first: SqliteReadStore;
  let second: SqliteReadStore;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'read-store-'));
    first = new SqliteReadStore({ directory });
    second = new SqliteReadStore({ directory });
  });

  afterEach(async () => {
    await first.close();
    await second.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('reads inside a unit of work see what the other connection committed', async () => {
    await first.ensureCollection('units', { indexes: [['kind']] });
    await first.transaction(async (tx) => tx.put('units', { _id: 'u1', kind: 'mine', n: 1 }));
    await first.transaction(async (tx) => expect(await tx.get('units', 'u1')).toBeTruthy());
    await second.transaction(async (tx) => tx.put('units', { _id: 'u1', kind: 'plant', n: 2 }));
    await first.transaction(async (tx) => {
      expect(await tx.get('units', 'u1')).toEqual({ _id: 'u1', kind: 'plant', n: 2 });
      tx.put('units', { _id: 'u1', kind: 'port', n: 3 });
    });
    expect(await first.count('units', { kind: 'plant' })).toBe(0);
    expect(await second.count('units', { kind: 'port' })).toBe(1);
  });
});

describe('SqliteReadStore index rows', () => {
  const current = freshStore();
  let store: SqliteReadStore;
  beforeEach(() => (store = current()));

  const fields = ['kind', 'tags', 'place.building', 'open', 'n', 'items.kind'];
  const values: unknown[] = [
    'a',
    'b',
    '隐患',
    0,
    1,
    2.5,
    -3,
    true,
    false,
    null,
    { building: 'B1' },
    ['a', 'a', 1, true, null, ['nested'], { kind: 'x' }],
    [],
  ];

  /** Deterministic documents covering scalars, arrays, nested objects, nulls and missing fields. */
  function documents(): Record<string, unknown>[] {
    let seed = 7;
    const pick = () => values[(seed = (seed * 48271) % 2147483647) % values.length];
    return Array.from({ length: 300 }, (_, i) => {
      const doc: Record<string, unknown> = { _id: `d${i}` };
      for (const field of ['kind', 'tags', 'place', 'open', 'n', 'items']) {
        if (i % 7 !== fields.indexOf(field)) doc[field] = pick();
      }
      return doc;
    });
  }

  /** Integers and reals compare equal in SQLite (better-sqlite3 binds every number as a real). */
  const rows = (collection: string) =>
    (
      store as unknown as {
        db: { prepare(sql: string): { all(): unknown[] } };
      }
    ).db
      .prepare(
        `SELECT field, value, iif(typeof(value) = 'text', 'text', 'number') AS type, _id FROM "rs_ix_${collection}" ORDER BY field, value, _id`,
      )
      .all();

  it('builds the same rows when an index is declared after the documents as when kept from the start', async () => {
    await store.ensureCollection('kept', { indexes: fields.map((f) => [f]) });
    await store.ensureCollection('later');
    const docs = documents();
    await store.transaction(async (tx) => {
      for (const doc of docs) {
        tx.put('kept', doc as { _id: string });
        tx.put('later', doc as { _id: string });
      }
    });
    await store.ensureCollection('later', { indexes: fields.map((f) => [f]) });
    const kept = rows('kept');
    expect(kept.length).toBeGreaterThan(300);
    expect(rows('later')).toEqual(kept);
    const queries: Where[] = [
      { tags: 'a' },
      { open: true },
      { n: { $gte: 1 } },
      { 'place.building': 'B1' },
    ];
    for (const where of queries) {
      expect(await store.find('later', { where })).toEqual(await store.find('kept', { where }));
    }
  });

  it('indexes a large collection in slices, between which writes and timers run, and declares the fields only when done', async () => {
    const indexes = fields.map((f) => [f]);
    await store.ensureCollection('kept', { indexes });
    await store.ensureCollection('later');
    const docs = Array.from({ length: 5_500 }, (_, i) => ({
      ...documents()[i % 300],
      _id: `d${i}`,
    }));
    const putBoth = (doc: Record<string, unknown>) =>
      store.transaction(async (tx) => {
        tx.put('kept', doc as { _id: string });
        tx.put('later', doc as { _id: string });
      });
    await store.transaction(async (tx) => {
      for (const doc of docs) {
        tx.put('kept', doc as { _id: string });
        tx.put('later', doc as { _id: string });
      }
    });

    let finished = false;
    let timerRanBeforeTheEnd = false;
    setTimeout(() => (timerRanBeforeTheEnd = !finished), 0);
    const indexing = store.ensureCollection('later', { indexes }).then(() => (finished = true));
    // The first slice (documents d0…d1999) is indexed; these writes land before the next one.
    for (let i = 0; i < 10; i++)
      await putBoth({ _id: `d${i}`, kind: 'changed', tags: ['x'], n: i });
    await store.transaction(async (tx) => {
      tx.delete('kept', 'd11');
      tx.delete('later', 'd11');
    });
    await putBoth({ _id: 'new-1', kind: 'a', open: true });
    expect(finished).toBe(false);
    const during = await store.find('later', { where: { kind: 'changed' } });
    expect(during.map((doc) => doc._id)).toHaveLength(10);
    await indexing;

    expect(timerRanBeforeTheEnd).toBe(true);
    expect(rows('later')).toEqual(rows('kept'));
    expect(await store.find('later', { where: { kind: 'changed' } })).toHaveLength(10);
  });
});

describe('SqliteReadStore sort indexes', () => {
  const current = freshStore();
  let store: SqliteReadStore;
  beforeEach(() => (store = current()));

  it('reads a page in a declared order from its index, without sorting the collection', async () => {
    await store.ensureCollection('events', { indexes: [['type']], sorts: [['position', -1]] });
    await store.transaction(async (tx) => {
      for (let position = 1; position <= 500; position++) {
        tx.put('events', { _id: `e${position}`, position, type: position % 2 ? 'A' : 'B' });
      }
    });
    let page: { _id: string; position: number }[] = [];
    const { prepared, prepare } = await preparedDuring(store, async () => {
      page = await store.find<{ _id: string; position: number }>('events', {
        sort: [['position', -1]],
        limit: 3,
      });
    });
    expect(page.map((doc) => doc.position)).toEqual([500, 499, 498]);
    const read = prepared.find((sql) => sql.includes('ORDER BY'));
    expect(read).toBeDefined();
    const plan = prepare(`EXPLAIN QUERY PLAN ${read!}`)
      .all(-1, 0)
      .map((row) => (row as { detail: string }).detail)
      .join(' | ');
    expect(plan).toContain('rs_sx_events_position_desc');
    expect(plan).not.toContain('TEMP B-TREE');
  });

  it('reads a page filtered by a widely shared value from the sort index, with the same answer', async () => {
    await store.ensureCollection('trail', {
      indexes: [['type'], ['tags']],
      sorts: [['position', -1]],
    });
    await store.transaction(async (tx) => {
      for (let position = 1; position <= 20_000; position++) {
        const type = position % 5000 === 0 ? 'Rare' : position % 2 ? 'Odd' : 'Even';
        tx.put('trail', { _id: `e${position}`, position, type, tags: [type, 'all'] });
      }
    });
    const positions = async (where: Where, limit?: number, skip = 0) =>
      (
        await store.find<{ _id: string; position: number }>('trail', {
          where,
          sort: [['position', -1]],
          ...(limit !== undefined && { limit }),
          skip,
        })
      ).map((doc) => doc.position);
    const wheres = [
      { type: 'Odd' },
      { tags: 'all' },
      { type: 'Rare' },
      { type: { $in: ['Rare', 'Even'] } },
      { tags: { $in: ['Rare', 'Odd'] } },
      { tags: { $in: ['none', 'Rare'] } },
    ] as Where[];
    const { prepared } = await preparedDuring(store, async () => {
      for (const where of wheres) {
        const all = await positions(where);
        expect(await positions(where, 4, 3)).toEqual(all.slice(3, 7));
        expect(await store.count('trail', where)).toBe(all.length);
      }
      expect(await positions({ type: 'Odd' }, 3)).toEqual([19_999, 19_997, 19_995]);
      expect(await positions({ type: 'Rare' }, 3)).toEqual([20_000, 15_000, 10_000]);
      expect(await positions({ tags: { $in: ['Rare', 'Even'] } }, 3)).toEqual([
        20_000, 19_998, 19_996,
      ]);
      expect(await store.count('trail', { tags: { $in: ['Odd', 'all'] } })).toBe(20_000);
    });
    // Statements are cached by their text: one plan reads the sort index, for Odd and for all.
    const pages = prepared.filter((sql) => sql.includes('LIMIT ? OFFSET ?'));
    const fromSortIndex = pages.filter((sql) =>
      sql.includes('INDEXED BY "rs_sx_trail_position_desc"'),
    );
    expect(fromSortIndex.some((sql) => sql.includes('value = ?'))).toBe(true);
    expect(fromSortIndex.some((sql) => sql.includes('json_each'))).toBe(true);
  });

  it('keeps no rows for a sort field that only follows the first field of compound indexes', async () => {
    await store.ensureCollection('log', {
      indexes: [
        ['actor', 'position'],
        ['type', 'position'],
      ],
      sorts: [['position', -1]],
    });
    await store.ensureCollection('ranked', {
      indexes: [['position'], ['actor', 'position']],
      sorts: [['position', -1]],
    });
    for (const collection of ['log', 'ranked']) {
      await store.transaction(async (tx) => {
        for (let position = 1; position <= 300; position++) {
          tx.put(collection, { _id: `e${position}`, position, actor: `a${position % 3}` });
        }
      });
    }
    const fieldsOf = (collection: string) =>
      (store as unknown as { db: { prepare(sql: string): { pluck(): { all(): unknown[] } } } }).db
        .prepare(`SELECT DISTINCT field FROM "rs_ix_${collection}" ORDER BY field`)
        .pluck()
        .all();
    expect(fieldsOf('log')).toEqual(['actor']);
    expect(fieldsOf('ranked')).toEqual(['actor', 'position']);
    for (const collection of ['log', 'ranked']) {
      const page = await store.find<{ _id: string; position: number }>(collection, {
        where: { actor: 'a1', position: { $gt: 290 } },
        sort: [['position', -1]],
        limit: 2,
      });
      expect(page.map((doc) => doc.position)).toEqual([298, 295]);
      expect(await store.count(collection, { position: { $lte: 10 } })).toBe(10);
    }
  });
});
