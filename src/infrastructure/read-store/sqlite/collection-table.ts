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
   * Adds the index rows of newly declared fields for every stored document, in one sorted pass
   * per field (SQLite's JSON functions give the same entries as index-entries.ts).
   */
  backfill(added: readonly string[]): void {
    for (const field of added) {
      this.db
        .prepare(
          `INSERT OR IGNORE INTO ${indexTable(this.name)} (field, value, _id)
           SELECT ?, e.value, t._id FROM ${docTable(this.name)} AS t,
             ${scalarElements('t.doc', jsonPath(field))}
           ORDER BY 2, 3`,
        )
        .run(field);
    }
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
