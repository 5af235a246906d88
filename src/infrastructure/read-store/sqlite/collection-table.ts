import type Database from 'better-sqlite3';
import { entryKey, type IndexEntry, indexEntries } from './index-entries';
import { docTable, indexTable, jsonPath, scalarElements } from './schema';

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

  /**
   * Adds the index rows of `fields` for the stored documents with rowids in (`after`, `upTo`], or
   * for the document `id`, in one sorted pass per field (SQLite's JSON functions give the same
   * entries as index-entries.ts).
   */
  backfill(
    fields: readonly string[],
    range: { after: number; upTo: number } | { id: string },
  ): void {
    const where = 'id' in range ? 't._id = ?' : 't.rowid > ? AND t.rowid <= ?';
    const params = 'id' in range ? [range.id] : [range.after, range.upTo];
    for (const field of fields) {
      this.db
        .prepare(
          `INSERT OR IGNORE INTO ${indexTable(this.name)} (field, value, _id)
           SELECT ?, e.value, t._id FROM ${docTable(this.name)} AS t,
             ${scalarElements('t.doc', jsonPath(field))} AND ${where}
           ORDER BY 2, 3`,
        )
        .run(field, ...params);
    }
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
