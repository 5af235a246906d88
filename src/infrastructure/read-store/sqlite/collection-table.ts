import type Database from 'better-sqlite3';
import { entryKey, type IndexEntry, indexEntries } from './index-entries';
import { docTable, indexTable, scalarElements } from './schema';

/** An index row: (field, value, document id). */
export type StagedRow = [field: string, value: string | number, id: string];

/** The cached statements of one collection and how a document write keeps its index rows. */
export class CollectionTable {
  readonly indexed: ReadonlySet<string>;
  private readonly select: Database.Statement<[string], string>;
  private readonly upsert: Database.Statement<[string, string]>;
  private readonly remove: Database.Statement<[string]>;
  private readonly addEntry: Database.Statement<[string, string | number, string]>;
  private readonly removeEntry: Database.Statement<[string, string | number, string]>;

  constructor(
    private readonly db: Database.Database,
    readonly name: string,
    private readonly fields: readonly string[],
  ) {
    const docs = docTable(name);
    const index = indexTable(name);
    this.indexed = new Set(fields);
    this.select = db.prepare<[string], string>(`SELECT doc FROM ${docs} WHERE _id = ?`).pluck();
    this.upsert = db.prepare(
      `INSERT INTO ${docs} (_id, doc) VALUES (?, ?) ON CONFLICT (_id) DO UPDATE SET doc = excluded.doc`,
    );
    this.remove = db.prepare(`DELETE FROM ${docs} WHERE _id = ?`);
    this.addEntry = db.prepare(
      `INSERT OR IGNORE INTO ${index} (field, value, _id) VALUES (?, ?, ?)`,
    );
    this.removeEntry = db.prepare(`DELETE FROM ${index} WHERE field = ? AND value = ? AND _id = ?`);
  }

  get(id: string): string | undefined {
    return this.select.get(id);
  }

  /**
   * Puts (JSON text) or deletes (null) a document; call inside a database transaction.
   * `stored` gives the document as stored now, when already known, to spare a read.
   */
  write(id: string, doc: string | null, stored?: string | null): void {
    if (this.fields.length === 0) {
      if (doc === null) this.remove.run(id);
      else this.upsert.run(id, doc);
      return;
    }
    const before = stored === undefined ? this.select.get(id) : stored;
    const previous = before == null ? [] : indexEntries(JSON.parse(before), this.fields);
    const next = doc === null ? [] : indexEntries(JSON.parse(doc), this.fields);
    if (doc === null) this.remove.run(id);
    else this.upsert.run(id, doc);
    this.replaceEntries(id, previous, next);
  }

  /** Adds the index rows of `fields` for the document `id`. */
  indexDocument(fields: readonly string[], id: string): void {
    this.insertRows(indexTable(this.name), fields, 't._id = ?', [id]);
  }

  /**
   * Index rows are gathered first in the connection's temporary database (writing there takes no
   * lock on the store), then copied into the index in its own order.
   */
  private get staging(): string {
    return `temp."rs_stage_${this.name}"`;
  }

  startStaging(): void {
    this.db.exec(`DROP TABLE IF EXISTS ${this.staging};
      CREATE TABLE ${this.staging} (
        field TEXT NOT NULL, value NOT NULL, _id TEXT NOT NULL, PRIMARY KEY (field, value, _id)
      ) WITHOUT ROWID;`);
  }

  /** Gathers the rows of `fields` for the documents with rowids in (`after`, `upTo`]. */
  stage(fields: readonly string[], after: number, upTo: number): void {
    this.insertRows(this.staging, fields, 't.rowid > ? AND t.rowid <= ?', [after, upTo]);
  }

  /**
   * Copies the next `count` gathered rows after `from` (all when `from` is null) into the index, in
   * index order; returns the last row copied, or null once every row is copied.
   */
  copyStaged(from: StagedRow | null, count: number): StagedRow | null {
    const after = from ? '(field, value, _id) > (?, ?, ?)' : 'TRUE';
    const bound = from ?? [];
    const last = this.db
      .prepare(
        `SELECT field, value, _id FROM ${this.staging} WHERE ${after}
         ORDER BY field, value, _id LIMIT 1 OFFSET ?`,
      )
      .raw()
      .get(...bound, count - 1) as StagedRow | undefined;
    this.db
      .prepare(
        `INSERT OR IGNORE INTO ${indexTable(this.name)} (field, value, _id)
         SELECT field, value, _id FROM ${this.staging}
         WHERE ${after}${last ? ' AND (field, value, _id) <= (?, ?, ?)' : ''}
         ORDER BY field, value, _id`,
      )
      .run(...bound, ...(last ?? []));
    return last ?? null;
  }

  endStaging(): void {
    this.db.exec(`DROP TABLE IF EXISTS ${this.staging}`);
  }

  /** Removes the index rows of `fields` (of every document, or of the document `id`). */
  removeEntries(fields: readonly string[], id?: string): void {
    const remove = this.db.prepare(
      `DELETE FROM ${indexTable(this.name)} WHERE field = ?${id === undefined ? '' : ' AND _id = ?'}`,
    );
    for (const field of fields) {
      if (id === undefined) remove.run(field);
      else remove.run(field, id);
    }
  }

  /**
   * Inserts into `table` the index rows of `fields` for the documents matching `filter` (SQLite's
   * JSON functions give the same entries as index-entries.ts).
   */
  private insertRows(
    table: string,
    fields: readonly string[],
    filter: string,
    params: readonly (string | number)[],
  ): void {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO ${table} (field, value, _id)
       SELECT ?, e.value, t._id FROM ${docTable(this.name)} AS t,
         ${scalarElements('t.doc', '?')} AND ${filter}`,
    );
    for (const field of fields) insert.run(field, `$.${field}`, ...params);
  }

  /** The highest rowid of the documents (0 when there are none). */
  lastRowid(): number {
    return (
      (this.db
        .prepare(`SELECT max(rowid) FROM ${docTable(this.name)}`)
        .pluck()
        .get() as number | null) ?? 0
    );
  }

  /** Writes only the rows that differ: most updates keep most indexed values. */
  private replaceEntries(id: string, previous: IndexEntry[], next: IndexEntry[]): void {
    const kept = new Set(previous.map(entryKey));
    const wanted = new Set(next.map(entryKey));
    for (const entry of previous) {
      if (!wanted.has(entryKey(entry))) this.removeEntry.run(entry[0], entry[1], id);
    }
    for (const entry of next) {
      if (!kept.has(entryKey(entry))) this.addEntry.run(entry[0], entry[1], id);
    }
  }
}
