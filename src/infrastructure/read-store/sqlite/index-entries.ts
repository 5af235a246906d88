import type { CollectionOptions } from '../read-store.port';

/** One row of a collection's index table: an indexed field and one scalar value it holds. */
export type IndexEntry = readonly [field: string, value: string | number];

function valueAt(doc: unknown, field: string): unknown {
  let value = doc;
  for (const key of field.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

/** What SQLite holds for a JSON scalar: booleans become 1 and 0, like its JSON functions do. */
function indexable(value: unknown): string | number | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return Number(value);
  return undefined;
}

export const entryKey = ([field, value]: IndexEntry): string =>
  `${field}\u0000${typeof value}\u0000${value}`;

/**
 * The entries of a document: for each field, its scalar value, or each scalar element when it
 * holds an array (so equality means "contains"). Nulls, objects and nested arrays are left out;
 * a path through an array (`items.kind` over `items: [...]`) holds nothing.
 */
export function indexEntries(doc: unknown, fields: readonly string[]): IndexEntry[] {
  const entries = new Map<string, IndexEntry>();
  for (const field of fields) {
    const value = valueAt(doc, field);
    for (const element of Array.isArray(value) ? value : [value]) {
      const scalar = indexable(element);
      if (scalar === undefined) continue;
      const entry: IndexEntry = [field, scalar];
      entries.set(entryKey(entry), entry);
    }
  }
  return [...entries.values()];
}

/**
 * The fields a collection keeps index rows for: every field its indexes name, except a field it
 * sorts by that no index names first. Such a field follows the first field of a compound index only
 * to order its pages (MongoDB reads them from that index); here the first field's rows pick the
 * documents and the sort index orders them, so rows for it would be written and never read.
 */
export function indexedFields(options: CollectionOptions | undefined): string[] {
  const indexes = options?.indexes ?? [];
  const sortOnly = new Set((options?.sorts ?? []).map(([field]) => field));
  for (const [first] of indexes) sortOnly.delete(first);
  return [...new Set(indexes.flat())].filter((field) => !sortOnly.has(field));
}
