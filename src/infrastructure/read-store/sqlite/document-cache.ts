/**
 * Committed documents (JSON text, or null when known absent) recently read or written.
 * Only exact while no other connection writes: the store clears it whenever SQLite's
 * data_version says another connection committed.
 *
 * Approximate LRU in two generations: entries not touched during a whole generation are
 * dropped with it (deleting single entries from a large Map one by one is slow in V8).
 */
export class DocumentCache {
  private current = new Map<string, string | null>();
  private previous = new Map<string, string | null>();
  private readonly generationSize: number;

  constructor(capacity: number) {
    this.generationSize = Math.floor(capacity / 2);
  }

  get(collection: string, id: string): string | null | undefined {
    const key = `${collection}\u0000${id}`;
    const doc = this.current.get(key);
    if (doc !== undefined) return doc;
    const old = this.previous.get(key);
    if (old !== undefined) this.remember(key, old);
    return old;
  }

  set(collection: string, id: string, doc: string | null): void {
    this.remember(`${collection}\u0000${id}`, doc);
  }

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
  }

  private remember(key: string, doc: string | null): void {
    if (this.generationSize === 0) return;
    if (this.current.size >= this.generationSize) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, doc);
  }
}
