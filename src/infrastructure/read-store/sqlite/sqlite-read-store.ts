import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type BufferedWrites, runBuffered } from '../buffered-transaction';
import { assertCollectionName, assertFieldPath, assertKey } from '../names';
import type {
  AnyDocument,
  CollectionOptions,
  FindQuery,
  Lease,
  ReadDocument,
  ReadStore,
  ReadStoreHealth,
  ReadStoreTransaction,
  SortDirection,
  Where,
} from '../read-store.port';
import { requireLeaseTtl } from '../read-store.port';
import { type Condition, parsePaging, parseSort, parseWhere } from '../where';
import { CollectionTable, type StagedRow } from './collection-table';
import { BackgroundCheckpoint } from '../../sqlite/background-checkpoint';
import { DocumentCache } from './document-cache';
import { indexedFields } from './index-entries';
import {
  collectionSchema,
  docTable,
  dropCollectionSchema,
  indexTable,
  READ_STORE_SCHEMA,
  sortIndexName,
  sortIndexSchema,
} from './schema';
import { indexRowsWhere, orderBySql, type SqlParam, whereSql } from './sql-query';
import { prepareStoreStatements, type StoreStatements } from './store-statements';

export type SqliteReadStoreOptions = (
  | { /** The database goes to `<directory>/read-store.sqlite`. */ directory: string }
  | { /** A database file (possibly the event store's), or ':memory:'. */ file: string }
) & {
  /** `normal` survives a killed process; `full` also survives power loss. */
  synchronous?: 'normal' | 'full';
  /** Documents kept in memory for reads inside units of work; 0 disables. Default 20000. */
  documentCacheSize?: number;
  /** Checkpoint the WAL in a thread of its own instead of inside commits (see background-checkpoint.ts). */
  backgroundCheckpoint?: boolean;
};

const MAX_CACHED_QUERIES = 500;
/** See orderForSharedValue. */
const SHARED_VALUE_FRACTION = 20;
const MIN_SHARED_VALUE_ROWS = 1_000;
/**
 * Fields added to a collection that holds documents are indexed in slices of about this many
 * milliseconds each (sized by the last slice's pace): no longer than a catch-up batch of the
 * projection runner holds the event loop.
 */
const INDEX_SLICE_MS = 250;
const INDEX_SLICE = {
  documents: { first: 2_000, min: 500, max: 200_000 },
  rows: { first: 20_000, min: 1_000, max: 2_000_000 },
};

/** How many items the next slice takes, from the pace of the last one. */
class SliceSize {
  next: number;

  constructor(private readonly bounds: { first: number; min: number; max: number }) {
    this.next = bounds.first;
  }

  timed<R>(work: () => R): R {
    const started = performance.now();
    const result = work();
    const pace = this.next / Math.max(performance.now() - started, 1);
    this.next = Math.round(
      Math.min(this.bounds.max, Math.max(this.bounds.min, pace * INDEX_SLICE_MS)),
    );
    return result;
  }
}

interface Indexing {
  /** Documents written while the slices ran: indexed again before the fields are declared. */
  readonly written: Set<string>;
  done: Promise<void>;
}

/**
 * better-sqlite3 is synchronous, so the unit of work buffers its writes (see
 * buffered-transaction.ts) and applies them in one synchronous IMMEDIATE transaction at the end;
 * a batch of events that updates a document many times writes it once. Reads inside units of
 * work go through a cache of committed documents (document-cache.ts).
 * Equality on booleans also matches 1 and 0 (SQLite's JSON functions read booleans as integers).
 * A collection's declared index fields are cached per process: declare them before writing.
 */
export class SqliteReadStore implements ReadStore {
  readonly adapter = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly tables = new Map<string, CollectionTable>();
  private readonly queries = new Map<string, Database.Statement<SqlParam[], unknown>>();
  private readonly statements: StoreStatements;
  private readonly cache: DocumentCache;
  private readonly checkpoint: BackgroundCheckpoint | null;
  private dataVersion = 0;
  /** Only these collections' writes are worth caching (write-only ones, like an index of every event, would evict the rest). */
  private readonly readInUnitsOfWork = new Set<string>();
  private readonly indexing = new Map<string, Indexing>();
  private readonly applyWrites: Database.Transaction<(writes: BufferedWrites) => void>;

  constructor(options: SqliteReadStoreOptions) {
    const file = 'file' in options ? options.file : join(options.directory, 'read-store.sqlite');
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('cache_size = -65536');
    this.checkpoint =
      options.backgroundCheckpoint && file !== ':memory:'
        ? BackgroundCheckpoint.start(this.db)
        : null;
    this.db.exec(READ_STORE_SCHEMA);
    this.statements = prepareStoreStatements(this.db);
    this.cache = new DocumentCache(options.documentCacheSize ?? 20_000);
    this.applyWrites = this.db.transaction((writes: BufferedWrites) => this.apply(writes));
  }

  async ensureCollection(name: string, options?: CollectionOptions): Promise<void> {
    const declared = indexedFields(options).map(assertFieldPath);
    const collection = assertCollectionName(name);
    await this.indexing.get(collection)?.done;
    const pending = this.createCollection(collection, declared);
    for (const [field, direction] of options?.sorts ?? []) {
      this.db.exec(sortIndexSchema(collection, assertFieldPath(field), direction));
    }
    if (pending.length > 0) await this.indexExisting(collection, pending);
  }

  async get<T extends ReadDocument = AnyDocument>(collection: string, id: string) {
    const json = this.table(collection)?.get(id);
    return json === undefined ? null : (JSON.parse(json) as T);
  }

  async find<T extends ReadDocument = AnyDocument>(collection: string, query: FindQuery = {}) {
    const table = this.table(collection);
    const conditions = parseWhere(query.where);
    const sort = parseSort(query.sort);
    const { limit, skip } = parsePaging(query);
    if (!table) return [];
    const order = limit === undefined ? null : this.orderForSharedValue(table, conditions, sort);
    const where = whereSql(table.name, table.indexed, conditions, order ? 'lookup' : undefined);
    const from = `${docTable(table.name)} AS t${order ? ` INDEXED BY "${order}"` : ''}`;
    const sql = `SELECT t.doc FROM ${from} ${where.sql} ${orderBySql(sort)} LIMIT ? OFFSET ?`;
    const rows = this.query(sql).all(...where.params, limit ?? -1, skip) as string[];
    return rows.map((json) => JSON.parse(json) as T);
  }

  async count(collection: string, where?: Where): Promise<number> {
    const table = this.table(collection);
    const conditions = parseWhere(where);
    if (!table) return 0;
    const [only] = conditions;
    if (conditions.length === 1 && countsFromIndexRows(only, table.indexed)) {
      const rows = indexRowsWhere(only);
      const sql = `SELECT count(DISTINCT _id) FROM ${indexTable(table.name)} WHERE ${rows.sql}`;
      return this.query(sql).get(...rows.params) as number;
    }
    const clause = whereSql(table.name, table.indexed, conditions);
    const sql = `SELECT count(*) FROM ${docTable(table.name)} AS t ${clause.sql}`;
    return this.query(sql).get(...clause.params) as number;
  }

  transaction<R>(work: (tx: ReadStoreTransaction) => Promise<R>): Promise<R> {
    this.validateCache();
    return runBuffered(
      work,
      (collection, id) => this.getCommitted(collection, id),
      (writes) => {
        for (const collection of writes.documents.keys()) this.table(collection, true);
        this.applyWrites.immediate(writes);
        for (const [collection, docs] of writes.documents) {
          if (!this.readInUnitsOfWork.has(collection)) continue;
          for (const [id, doc] of docs) this.cache.set(collection, id, doc);
        }
      },
    );
  }

  async getCheckpoint(name: string): Promise<number> {
    return this.statements.getCheckpoint.get(assertKey('checkpoint', name)) ?? 0;
  }

  async tryAcquireLease(name: string, owner: string, ttlMs: number, now: Date): Promise<boolean> {
    requireLeaseTtl(ttlMs);
    const at = now.getTime();
    const { changes } = this.statements.acquireLease.run({
      name: assertKey('lease', name),
      owner: assertKey('owner', owner),
      now: at,
      expiresAt: at + ttlMs,
    });
    return changes === 1;
  }

  async takeOverLease(
    name: string,
    owner: string,
    from: string,
    ttlMs: number,
    now: Date,
  ): Promise<boolean> {
    requireLeaseTtl(ttlMs);
    const { changes } = this.statements.takeOverLease.run({
      name: assertKey('lease', name),
      owner: assertKey('owner', owner),
      from,
      expiresAt: now.getTime() + ttlMs,
    });
    return changes === 1;
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    this.statements.releaseLease.run(name, owner);
  }

  async listLeases(): Promise<Lease[]> {
    return this.statements.listLeases.all().map((row) => ({
      name: row.name,
      owner: row.owner,
      expiresAt: new Date(row.expires_at),
    }));
  }

  async dropCollection(name: string): Promise<void> {
    assertCollectionName(name);
    this.db.transaction(() => {
      this.db.exec(dropCollectionSchema(name));
      this.statements.forgetCollection.run(name);
    })();
    this.tables.delete(name);
    this.queries.clear();
    this.cache.clear();
  }

  async listCollections(): Promise<string[]> {
    return this.statements.listCollections.all();
  }

  async setAlias(alias: string, collection: string): Promise<void> {
    this.statements.setAlias.run(assertCollectionName(alias), assertCollectionName(collection));
  }

  async resolveAlias(alias: string): Promise<string | null> {
    return this.statements.resolveAlias.get(alias) ?? null;
  }

  async health(): Promise<ReadStoreHealth> {
    try {
      this.db.prepare('SELECT 1').get();
      return { ok: true, adapter: this.adapter };
    } catch (error) {
      return { ok: false, adapter: this.adapter, detail: String(error) };
    }
  }

  async close(): Promise<void> {
    await this.checkpoint?.stop();
    if (this.db.open) this.db.close();
  }

  private apply(writes: BufferedWrites): void {
    this.validateCache();
    for (const [collection, docs] of writes.documents) {
      const table = this.table(collection, true)!;
      const written = this.indexing.get(collection)?.written;
      if (written) for (const id of docs.keys()) written.add(id);
      for (const [id, doc] of docs) table.write(id, doc, this.cache.get(collection, id));
    }
    for (const [name, position] of writes.checkpoints) {
      this.statements.setCheckpoint.run(name, position);
    }
  }

  private async getCommitted(collection: string, id: string): Promise<AnyDocument | null> {
    this.readInUnitsOfWork.add(collection);
    let json = this.cache.get(collection, id);
    if (json === undefined) {
      json = this.table(collection)?.get(id) ?? null;
      this.cache.set(collection, id, json);
    }
    return json === null ? null : (JSON.parse(json) as AnyDocument);
  }

  /** Forgets cached documents once another connection has committed to the database. */
  private validateCache(): void {
    const version = this.statements.dataVersion.get()!;
    if (version !== this.dataVersion) this.cache.clear();
    this.dataVersion = version;
  }

  /**
   * Creates the collection, or adds index fields to it. Fields added to a collection that holds
   * documents are returned undeclared, for `indexExisting`; the others are declared at once.
   */
  private createCollection(name: string, declared: readonly string[]): string[] {
    const create = this.db.transaction((): string[] => {
      const stored = this.statements.collectionFields.get(name);
      const known: string[] = stored === undefined ? [] : JSON.parse(stored);
      const added = [...new Set(declared)].filter((f) => f !== '_id' && !known.includes(f));
      if (stored !== undefined && added.length === 0) return [];
      this.db.exec(collectionSchema(name));
      this.tables.delete(name);
      const table = new CollectionTable(this.db, name, known);
      // Rows of an indexing that did not finish (the process stopped during its slices).
      table.removeEntries(added);
      const pending = table.lastRowid() > 0 ? added : [];
      const fields = known.concat(added.filter((field) => !pending.includes(field)));
      this.statements.saveCollection.run(name, JSON.stringify(fields.sort()));
      return pending;
    });
    try {
      return create();
    } catch (error) {
      this.tables.delete(name);
      throw error;
    }
  }

  /**
   * Indexes the stored documents for `fields` in slices, leaving the event loop free in between (a
   * rebuilt audit index holds a document per event): the rows are gathered a range of documents at
   * a time, then copied into the index in its order (inserting in order is what makes one pass
   * over a large collection fast). Documents written meanwhile are indexed again at the end, and
   * only then are the fields declared: no query sees a partial index.
   */
  private indexExisting(name: string, fields: readonly string[]): Promise<void> {
    const written = new Set<string>();
    const table = new CollectionTable(this.db, name, []);
    const indexing: Indexing = { written, done: Promise.resolve() };
    this.indexing.set(name, indexing);
    indexing.done = (async () => {
      try {
        table.startStaging();
        const last = table.lastRowid();
        const documents = new SliceSize(INDEX_SLICE.documents);
        for (let after = 0; after < last;) {
          const upTo = after + documents.next;
          documents.timed(() => this.db.transaction(() => table.stage(fields, after, upTo))());
          after = upTo;
          await new Promise((resolve) => setImmediate(resolve));
        }
        const rows = new SliceSize(INDEX_SLICE.rows);
        for (let from: StagedRow | null = null; ;) {
          const count = rows.next;
          from = rows.timed(() =>
            this.db.transaction(() => table.copyStaged(from, count)).immediate(),
          );
          if (!from) break;
          await new Promise((resolve) => setImmediate(resolve));
        }
        this.db
          .transaction(() => {
            for (const id of written) {
              table.removeEntries(fields, id);
              table.indexDocument(fields, id);
            }
            const known = JSON.parse(this.statements.collectionFields.get(name)!) as string[];
            const all = [...new Set([...known, ...fields])].sort();
            this.statements.saveCollection.run(name, JSON.stringify(all));
          })
          .immediate();
      } finally {
        this.indexing.delete(name);
        this.tables.delete(name);
        if (this.db.open) table.endStaging();
      }
    })();
    return indexing.done;
  }

  /** The collection's table; undefined when it does not exist (unless `create`). */
  private table(collection: string, create = false): CollectionTable | undefined {
    const name = assertCollectionName(collection);
    const cached = this.tables.get(name);
    if (cached) return cached;
    if (this.statements.collectionFields.get(name) === undefined) {
      if (!create) return undefined;
      this.createCollection(name, []);
    }
    const fields = JSON.parse(this.statements.collectionFields.get(name)!) as string[];
    const table = new CollectionTable(this.db, name, fields);
    this.tables.set(name, table);
    return table;
  }

  /**
   * The sort index to read a page from, when the page is filtered by one value, or one `$in` of
   * values, that at least a twentieth of the collection holds (the audit trail of one event type,
   * or of a district's units): reading the order's index until the page is full then beats
   * gathering every match and sorting it. Else null.
   */
  private orderForSharedValue(
    table: CollectionTable,
    conditions: readonly Condition[],
    sort: readonly [string, SortDirection][],
  ): string | null {
    const [condition] = conditions;
    const picks = condition?.op === 'eq' || (condition?.op === 'in' && !condition.orNull);
    if (conditions.length !== 1 || !picks || !table.indexed.has(condition.field)) return null;
    const noTie: [string, SortDirection] = ['_id', 1];
    const [[field, direction] = noTie, tie = noTie] = sort;
    if (sort.length > 2 || field === '_id' || tie[0] !== '_id' || tie[1] !== 1) return null;
    const index = sortIndexName(table.name, field, direction);
    if (this.statements.indexExists.get(index) === undefined) return null;
    const last = this.query(`SELECT max(rowid) FROM ${docTable(table.name)}`).get() as
      number | null;
    const enough = Math.ceil((last ?? 0) / SHARED_VALUE_FRACTION);
    if (enough < MIN_SHARED_VALUE_ROWS) return null;
    const rows = indexRowsWhere(condition);
    const shared = this.query(
      `SELECT count(*) FROM (SELECT 1 FROM ${indexTable(table.name)} WHERE ${rows.sql} LIMIT ?)`,
    ).get(...rows.params, enough) as number;
    return shared >= enough ? index : null;
  }

  private query(sql: string): Database.Statement<SqlParam[], unknown> {
    let statement = this.queries.get(sql);
    if (!statement) {
      if (this.queries.size >= MAX_CACHED_QUERIES) this.queries.clear();
      statement = this.db.prepare<SqlParam[], unknown>(sql).pluck();
      this.queries.set(sql, statement);
    }
    return statement;
  }
}

/**
 * A count of the documents matching one condition on an indexed field reads only its index rows
 * (distinct documents: an array can match with several elements).
 */
function countsFromIndexRows(condition: Condition | undefined, indexed: ReadonlySet<string>) {
  if (!condition || !indexed.has(condition.field)) return false;
  return condition.op !== 'null' && !(condition.op === 'in' && condition.orNull);
}
