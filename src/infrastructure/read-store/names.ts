const COLLECTION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Collection and alias names; they become SQL identifiers and MongoDB collection names. */
export function assertCollectionName(name: string): string {
  if (!COLLECTION_NAME.test(name)) {
    throw new TypeError(
      `Invalid collection name "${name}": a letter, then letters, digits or _ (at most 100)`,
    );
  }
  return name;
}

/** Field names; they become JSON paths in SQL and field paths in MongoDB. */
export function assertFieldPath(field: string): string {
  if (!FIELD_PATH.test(field)) throw new TypeError(`Invalid field name "${field}"`);
  return field;
}

/** Checkpoint and lease names are plain keys. */
export function assertKey(kind: string, key: string): string {
  if (typeof key !== 'string' || key.length === 0) throw new TypeError(`Empty ${kind} name`);
  return key;
}
