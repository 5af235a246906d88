/**
 * The read store answers `find` in `_id` order (SQLite and MongoDB compare the UTF-8 bytes, i.e.
 * code points); JavaScript compares UTF-16 code units, which differ only for astral characters.
 */
export function compareIds(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (astral code points) sort after every other BMP code unit.
    if (x >= 0xd800) x += x < 0xe000 ? 0x2000 : -0x800;
    if (y >= 0xd800) y += y < 0xe000 ? 0x2000 : -0x800;
    return x - y;
  }
  return a.length - b.length;
}

const NONE: readonly never[] = [];

/**
 * Documents grouped by key, each group in the order the documents were first given (the store's
 * `_id` order when loaded); documents added later go to their `_id` place.
 */
export class SortedGroups<T extends { _id: string }> {
  private readonly lists = new Map<string, T[]>();

  get(key: string): readonly T[] {
    return this.lists.get(key) ?? NONE;
  }

  /** Appends (initial load, documents already in `_id` order). */
  push(key: string, doc: T): void {
    const list = this.lists.get(key);
    if (list) list.push(doc);
    else this.lists.set(key, [doc]);
  }

  /** Puts `doc`, which the group does not hold, at its `_id` place. */
  insert(key: string, doc: T): void {
    const list = this.lists.get(key);
    if (list) list.splice(insertionPoint(list, doc._id), 0, doc);
    else this.lists.set(key, [doc]);
  }

  remove(key: string, id: string): void {
    const list = this.lists.get(key);
    if (!list) return;
    const at = indexOf(list, id);
    if (at < 0) return;
    list.splice(at, 1);
    if (list.length === 0) this.lists.delete(key);
  }
}

/** Binary search on `_id` order, with a scan in case the list was not given in that order. */
function indexOf<T extends { _id: string }>(list: readonly T[], id: string): number {
  const at = insertionPoint(list, id);
  if (at < list.length && list[at]._id === id) return at;
  return list.findIndex((doc) => doc._id === id);
}

function insertionPoint<T extends { _id: string }>(list: readonly T[], id: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareIds(list[mid]._id, id) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
