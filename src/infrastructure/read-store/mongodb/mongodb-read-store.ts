import {
  type AnyBulkWriteOperation,
  type Db,
  MongoClient,
  MongoServerError,
  type TransactionOptions,
} from 'mongodb';
import { type BufferedWrites, runBuffered } from '../buffered-transaction';
import { assertCollectionName, assertFieldPath, assertKey } from '../names';
import type {
  AnyDocument,
  CollectionOptions,
  FindQuery,
  Lease,
  ReadDocument,
  ReadStore,
  ReadStoreHealth,
  ReadStoreTransaction,
  Where,
} from '../read-store.port';
import { requireLeaseTtl } from '../read-store.port';
import { parseWhere } from '../where';
import { toFilter, toFind } from './mongo-filter';
import {
  ALIASES,
  type AliasDocument,
  CHECKPOINTS,
  type CheckpointDocument,
  LEASES,
  type LeaseDocument,
  type StoredDocument,
} from './stored-documents';

const DUPLICATE_KEY = 11000;
const NAMESPACE_EXISTS = 48;

/** Transactions need a replica set (or a sharded cluster); majority makes commits durable. */
const TRANSACTION_OPTIONS: TransactionOptions = {
  readConcern: { level: 'majority' },
  writeConcern: { w: 'majority' },
  readPreference: 'primary',
};

const isServerError = (error: unknown, code: number): boolean =>
  error instanceof MongoServerError && error.code === code;

function documentOperations(
  docs: ReadonlyMap<string, string | null>,
): AnyBulkWriteOperation<StoredDocument>[] {
  return [...docs].map(([id, json]) => {
    if (json === null) return { deleteOne: { filter: { _id: id } } };
    const { _id, ...replacement } = JSON.parse(json) as StoredDocument;
    return { replaceOne: { filter: { _id }, replacement, upsert: true } };
  });
}

function checkpointOperations(
  checkpoints: ReadonlyMap<string, number>,
): AnyBulkWriteOperation<CheckpointDocument>[] {
  return [...checkpoints].map(([name, position]) => ({
    updateOne: { filter: { _id: name }, update: { $set: { position } }, upsert: true },
  }));
}

/**
 * The unit of work buffers its writes (see buffered-transaction.ts) and applies them with one
 * bulkWrite per collection inside `session.withTransaction`; the driver may retry that apply step,
 * never the caller's callback. Documents are stored as their JSON form (no BSON-only types).
 */
export class MongoReadStore implements ReadStore {
  readonly adapter = 'mongodb' as const;
  /** Collections known to exist, so that transactions never have to create one. */
  private readonly existing = new Set<string>();

  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
  ) {}

  /** `dbName` defaults to the database named in the URL. */
  static async connect(url: string, dbName?: string): Promise<MongoReadStore> {
    const client = new MongoClient(url, { ignoreUndefined: true });
    await client.connect();
    return new MongoReadStore(client, client.db(dbName));
  }

  async ensureCollection(name: string, options?: CollectionOptions): Promise<void> {
    await this.createIfMissing(assertCollectionName(name));
    const indexes = (options?.indexes ?? [])
      .map((fields) => fields.map(assertFieldPath))
      .filter((fields) => fields.length > 0 && !(fields.length === 1 && fields[0] === '_id'));
    const sorts = (options?.sorts ?? []).map(
      ([field, direction]) => ({ [assertFieldPath(field)]: direction, _id: 1 }) as const,
    );
    if (indexes.length === 0 && sorts.length === 0) return;
    await this.documents(name).createIndexes([
      ...indexes.map((fields) => ({
        key: Object.fromEntries(fields.map((f) => [f, 1 as const])),
      })),
      ...sorts.map((key) => ({ key })),
    ]);
  }

  async get<T extends ReadDocument = AnyDocument>(collection: string, id: string) {
    return (await this.documents(collection).findOne({ _id: id })) as T | null;
  }

  async find<T extends ReadDocument = AnyDocument>(collection: string, query: FindQuery = {}) {
    const find = toFind(query);
    if (find === null) return [];
    const { filter, sort, skip, limit } = find;
    const cursor = this.documents(collection).find(filter, { sort, skip });
    if (limit !== undefined) cursor.limit(limit);
    return (await cursor.toArray()) as unknown as T[];
  }

  async count(collection: string, where?: Where): Promise<number> {
    return this.documents(collection).countDocuments(toFilter(parseWhere(where)));
  }

  transaction<R>(work: (tx: ReadStoreTransaction) => Promise<R>): Promise<R> {
    return runBuffered(
      work,
      (collection, id) => this.get(collection, id),
      (writes) => this.commit(writes),
    );
  }

  async getCheckpoint(name: string): Promise<number> {
    const checkpoint = await this.db
      .collection<CheckpointDocument>(CHECKPOINTS)
      .findOne({ _id: assertKey('checkpoint', name) });
    return checkpoint?.position ?? 0;
  }

  async tryAcquireLease(name: string, owner: string, ttlMs: number, now: Date): Promise<boolean> {
    requireLeaseTtl(ttlMs);
    const expiresAt = new Date(now.getTime() + ttlMs);
    try {
      const lease = await this.leases().findOneAndUpdate(
        {
          _id: assertKey('lease', name),
          $or: [{ owner: assertKey('owner', owner) }, { expiresAt: { $lte: now } }],
        },
        { $set: { owner, expiresAt } },
        { upsert: true, returnDocument: 'after' },
      );
      return lease?.owner === owner;
    } catch (error) {
      // The lease is held by someone else: the filter missed and the upsert hit the existing _id.
      if (isServerError(error, DUPLICATE_KEY)) return false;
      throw error;
    }
  }

  async takeOverLease(
    name: string,
    owner: string,
    from: string,
    ttlMs: number,
    now: Date,
  ): Promise<boolean> {
    requireLeaseTtl(ttlMs);
    const { matchedCount } = await this.leases().updateOne(
      { _id: assertKey('lease', name), owner: from },
      { $set: { owner: assertKey('owner', owner), expiresAt: new Date(now.getTime() + ttlMs) } },
    );
    return matchedCount === 1;
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    await this.leases().deleteOne({ _id: name, owner });
  }

  async listLeases(): Promise<Lease[]> {
    const leases = await this.leases().find().sort({ _id: 1 }).toArray();
    return leases.map(({ _id, owner, expiresAt }) => ({ name: _id, owner, expiresAt }));
  }

  async dropCollection(name: string): Promise<void> {
    await this.db.dropCollection(assertCollectionName(name));
    this.existing.delete(name);
  }

  async listCollections(): Promise<string[]> {
    const collections = await this.db
      .listCollections({ type: 'collection' }, { nameOnly: true })
      .toArray();
    return collections
      .map(({ name }) => name)
      .filter((name) => !name.startsWith('_') && !name.startsWith('system.'))
      .sort();
  }

  async setAlias(alias: string, collection: string): Promise<void> {
    const aliases = this.db.collection<AliasDocument>(ALIASES, { writeConcern: { w: 'majority' } });
    const update = () =>
      aliases.updateOne(
        { _id: assertCollectionName(alias) },
        { $set: { collection: assertCollectionName(collection) } },
        { upsert: true },
      );
    // Two first-time upserts can race on the _id; the loser's retry then simply updates.
    await update().catch((error: unknown) => {
      if (isServerError(error, DUPLICATE_KEY)) return update();
      throw error;
    });
  }

  async resolveAlias(alias: string): Promise<string | null> {
    const found = await this.db.collection<AliasDocument>(ALIASES).findOne({ _id: alias });
    return found?.collection ?? null;
  }

  async health(): Promise<ReadStoreHealth> {
    try {
      const hello = await this.db.command({ hello: 1 });
      if (!hello.setName && hello.msg !== 'isdbgrid') {
        return { ok: false, adapter: this.adapter, detail: 'not a replica set: no transactions' };
      }
      return { ok: true, adapter: this.adapter };
    } catch (error) {
      return { ok: false, adapter: this.adapter, detail: String(error) };
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private async commit(writes: BufferedWrites): Promise<void> {
    const batches = [...writes.documents].map(
      ([collection, docs]) => [collection, documentOperations(docs)] as const,
    );
    const checkpoints = checkpointOperations(writes.checkpoints);
    for (const [collection] of batches) await this.createIfMissing(collection);
    if (checkpoints.length > 0) await this.createIfMissing(CHECKPOINTS);
    await this.client.withSession((session) =>
      session.withTransaction(async () => {
        for (const [collection, operations] of batches) {
          await this.documents(collection).bulkWrite(operations, { session });
        }
        if (checkpoints.length > 0) {
          await this.db
            .collection<CheckpointDocument>(CHECKPOINTS)
            .bulkWrite(checkpoints, { session });
        }
      }, TRANSACTION_OPTIONS),
    );
  }

  private async createIfMissing(name: string): Promise<void> {
    if (this.existing.has(name)) return;
    try {
      await this.db.createCollection(name);
    } catch (error) {
      if (!isServerError(error, NAMESPACE_EXISTS)) throw error;
    }
    this.existing.add(name);
  }

  private documents(collection: string) {
    return this.db.collection<StoredDocument>(assertCollectionName(collection));
  }

  private leases() {
    return this.db.collection<LeaseDocument>(LEASES, { writeConcern: { w: 'majority' } });
  }
}
