/**
 * Tables of the SQLite read store. Every name starts with `rs_` so the store can share a file
 * with the event store. Per collection: `rs_doc_<name>` holds the documents as JSON text and
 * `rs_ix_<name>` one row per (indexed field, scalar value, document) so that equality, `$in` and
 * ranges on indexed fields, array elements included, are index lookups. The index rows are a
 * function of the documents and the declared fields (see index-entries.ts).
 */
export const READ_STORE_SCHEMA = `
CREATE TABLE IF NOT EXISTS rs__collections (name TEXT PRIMARY KEY, fields TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rs__checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS rs__leases (
  name TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS rs__aliases (alias TEXT PRIMARY KEY, collection TEXT NOT NULL);
`;

/** Collection names are validated identifiers, so quoting them is enough. */
export const docTable = (collection: string): string => `"rs_doc_${collection}"`;
export const indexTable = (collection: string): string => `"rs_ix_${collection}"`;

export const collectionSchema = (collection: string): string => `
CREATE TABLE IF NOT EXISTS ${docTable(collection)} (_id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ${indexTable(collection)} (
  field TEXT NOT NULL, value NOT NULL, _id TEXT NOT NULL, PRIMARY KEY (field, value, _id)
) WITHOUT ROWID;
`;

export const sortIndexName = (collection: string, field: string, direction: 1 | -1): string =>
  `rs_sx_${collection}_${field.replaceAll('.', '__')}_${direction === 1 ? 'asc' : 'desc'}`;

/** An index in the order of `ORDER BY <field> <direction>, _id` (see orderBySql). */
export const sortIndexSchema = (collection: string, field: string, direction: 1 | -1): string => `
CREATE INDEX IF NOT EXISTS "${sortIndexName(collection, field, direction)}"
  ON ${docTable(collection)} (json_extract(doc, ${jsonPath(field)}) ${direction === 1 ? 'ASC' : 'DESC'}, _id ASC);
`;

export const dropCollectionSchema = (collection: string): string => `
DROP TABLE IF EXISTS ${docTable(collection)};
DROP TABLE IF EXISTS ${indexTable(collection)};
`;

/** Field paths are validated identifiers, so they can be inlined as JSON path literals. */
export const jsonPath = (field: string): string => `'$.${field}'`;

/**
 * For fields without index entries: the values an equality can match, as rows `e` of json_each
 * over `path`, with the same rules as index-entries.ts (the scalar itself, else each scalar element
 * of the array; never an object's members; booleans as 1 and 0).
 */
export const scalarElements = (json: string, path: string): string =>
  `json_each(${json}, ${path}) AS e
   WHERE e.type NOT IN ('object', 'array', 'null') AND typeof(e.key) <> 'text'`;
