import type { AnyDocument, ReadDocument, ReadStoreTransaction } from './read-store.port';
import { assertCollectionName, assertKey } from './names';

/** What a unit of work wants to change; the last write to a document wins. */
export interface BufferedWrites {
  /** collection → `_id` → the document as JSON text, or null to delete it. */
  readonly documents: Map<string, Map<string, string | null>>;
  readonly checkpoints: Map<string, number>;
}

export type ReadCommitted = (collection: string, id: string) => Promise<AnyDocument | null>;

/**
 * The transaction both adapters hand to the unit of work: writes are only recorded here and
 * applied by the adapter, in one database transaction, after the callback has resolved.
 */
class BufferedTransaction implements ReadStoreTransaction {
  readonly writes: BufferedWrites = { documents: new Map(), checkpoints: new Map() };
  private open = true;

  constructor(private readonly readCommitted: ReadCommitted) {}

  async get<T extends ReadDocument = AnyDocument>(collection: string, id: string) {
    this.assertOpen();
    const pending = this.writes.documents.get(assertCollectionName(collection))?.get(id);
    if (pending === undefined) return (await this.readCommitted(collection, id)) as T | null;
    return pending === null ? null : (JSON.parse(pending) as T);
  }

  put<T extends ReadDocument>(collection: string, doc: T): void {
    this.assertOpen();
    if (typeof doc?._id !== 'string' || doc._id.length === 0) {
      throw new TypeError(`A document put into ${collection} needs a non-empty string _id`);
    }
    this.pending(collection).set(doc._id, JSON.stringify(doc));
  }

  delete(collection: string, id: string): void {
    this.assertOpen();
    this.pending(collection).set(id, null);
  }

  setCheckpoint(name: string, position: number): void {
    this.assertOpen();
    if (!Number.isSafeInteger(position) || position < 0) {
      throw new TypeError(`Invalid checkpoint position ${position}`);
    }
    this.writes.checkpoints.set(assertKey('checkpoint', name), position);
  }

  get isEmpty(): boolean {
    return this.writes.documents.size === 0 && this.writes.checkpoints.size === 0;
  }

  close(): void {
    this.open = false;
  }

  private pending(collection: string): Map<string, string | null> {
    const name = assertCollectionName(collection);
    let docs = this.writes.documents.get(name);
    if (!docs) this.writes.documents.set(name, (docs = new Map()));
    return docs;
  }

  private assertOpen(): void {
    if (!this.open) throw new Error('The read-store transaction is already finished');
  }
}

/** Runs `work` once against a buffer, then hands the buffered writes (if any) to `commit`. */
export async function runBuffered<R>(
  work: (tx: ReadStoreTransaction) => Promise<R>,
  readCommitted: ReadCommitted,
  commit: (writes: BufferedWrites) => Promise<void> | void,
): Promise<R> {
  const tx = new BufferedTransaction(readCommitted);
  try {
    const result = await work(tx);
    tx.close();
    if (!tx.isEmpty) await commit(tx.writes);
    return result;
  } finally {
    tx.close();
  }
}
