/**
 * Committed documents (JSON text, or null when known absent) most recently read or written,
 * least recently used evicted. Only exact while no other connection writes: the store clears it
 * whenever SQLite's data_version says another connection committed.
 */
export class DocumentCache {
  private readonly entries = new Map<string, string | null>();

  constructor(private readonly capacity: number) {}

  get(collection: string, id: string): string | null | undefined {
    const key = `${collection}\u0000${id}`;
    const doc = this.entries.get(key);
    if (doc !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, doc);
    }
    return doc;
  }

  set(collection: string, id: string, doc: string | null): void {
    if (this.capacity === 0) return;
    const key = `${collection}\u0000${id}`;
    this.entries.delete(key);
    this.entries.set(key, doc);
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
