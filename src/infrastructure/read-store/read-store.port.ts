/**
 * The read store port: named collections of JSON documents, projection checkpoints, leases
 * and collection aliases. Adapters: sqlite/ (embedded default) and mongodb/ (production).
 *
 * Names of collections and aliases: a letter, then letters, digits or `_` (names starting
 * with `_` are reserved for the adapters). Field names: identifiers, dotted for nested fields.
 */

/** Every stored document is a JSON object with a string `_id`. */
export interface ReadDocument {
  _id: string;
}

/** A document whose shape the caller does not declare. */
export interface AnyDocument extends ReadDocument {
  [field: string]: unknown;
}

export type Scalar = string | number | boolean | null;

export interface RangeCondition {
  $gt?: string | number;
  $gte?: string | number;
  $lt?: string | number;
  $lte?: string | number;
}

export interface InCondition {
  $in: readonly Scalar[];
}

/**
 * A scalar matches a field equal to it, or an array field containing it (MongoDB semantics);
 * `null` matches a missing or null field. `$in` matches any of its values the same way.
 * A range bound only matches values of its own type (numbers with numbers, strings with strings).
 */
export type FieldCondition = Scalar | InCondition | RangeCondition;

/** All conditions must hold. */
export type Where = Readonly<Record<string, FieldCondition>>;

export type SortDirection = 1 | -1;

export interface FindQuery {
  where?: Where;
  /** Applied in order; ties are finally broken by `_id` ascending. Missing fields sort as null (first). */
  sort?: readonly (readonly [field: string, direction: SortDirection])[];
  limit?: number;
  skip?: number;
}

export interface CollectionOptions {
  /**
   * Each index is a list of field names (compound when more than one). Keep array-valued fields
   * in single-field indexes: MongoDB refuses documents with two arrays in one compound index.
   */
  indexes: readonly (readonly string[])[];
  /**
   * Orders that reads of a page take, each a field and a direction (then `_id` ascending):
   * adapters keep an index in that order, so a sorted page need not sort the whole collection.
   */
  sorts?: readonly (readonly [field: string, direction: SortDirection])[];
}

/**
 * The unit of work. Writes are buffered and applied all or nothing when the callback resolves;
 * nothing is applied when it throws. `get` sees the writes buffered so far, else committed data.
 */
export interface ReadStoreTransaction {
  get<T extends ReadDocument = AnyDocument>(collection: string, id: string): Promise<T | null>;
  /** Inserts or replaces the whole document (a snapshot is taken now). */
  put<T extends ReadDocument>(collection: string, doc: T): void;
  delete(collection: string, id: string): void;
  setCheckpoint(name: string, position: number): void;
}

/** A lease as stored: its holder and when it expires. */
export interface Lease {
  name: string;
  owner: string;
  expiresAt: Date;
}

export interface ReadStoreHealth {
  ok: boolean;
  adapter: string;
  detail?: string;
}

export interface ReadStore {
  readonly adapter: 'sqlite' | 'mongodb';
  /** Creates the collection and its indexes when missing; idempotent. */
  ensureCollection(name: string, options?: CollectionOptions): Promise<void>;
  get<T extends ReadDocument = AnyDocument>(collection: string, id: string): Promise<T | null>;
  find<T extends ReadDocument = AnyDocument>(collection: string, query?: FindQuery): Promise<T[]>;
  count(collection: string, where?: Where): Promise<number>;
  /**
   * Runs `work` once (never retried) and commits what it buffered atomically.
   * Reads inside are read-committed, not isolated: one writer per collection is assumed
   * (projections hold a lease).
   */
  transaction<R>(work: (tx: ReadStoreTransaction) => Promise<R>): Promise<R>;
  /** 0 when never set. */
  getCheckpoint(name: string): Promise<number>;
  /**
   * Atomically takes the lease when it is free, expired (`expiresAt <= now`) or already held by
   * `owner` (then renews it). The lease then expires at `now + ttlMs`.
   */
  tryAcquireLease(name: string, owner: string, ttlMs: number, now: Date): Promise<boolean>;
  /**
   * Atomically hands the lease held by `from` to `owner`, expired or not (for a holder the caller
   * knows has died); it then expires at `now + ttlMs`. False when `from` does not hold it.
   */
  takeOverLease(
    name: string,
    owner: string,
    from: string,
    ttlMs: number,
    now: Date,
  ): Promise<boolean>;
  /** Releases the lease if `owner` holds it; otherwise does nothing. */
  releaseLease(name: string, owner: string): Promise<void>;
  /** Every lease not released (expired ones included), by name. */
  listLeases(): Promise<Lease[]>;
  dropCollection(name: string): Promise<void>;
  /** Names of the collections, sorted (reserved ones excluded). */
  listCollections(): Promise<string[]>;
  /** Points `alias` at `collection` (an atomic switch when it pointed elsewhere). */
  setAlias(alias: string, collection: string): Promise<void>;
  /** The collection `alias` points at, or null. */
  resolveAlias(alias: string): Promise<string | null>;
  health(): Promise<ReadStoreHealth>;
  close(): Promise<void>;
}

export const READ_STORE = Symbol('READ_STORE');

/** Both adapters refuse a lease that would never expire or is already over. */
export function requireLeaseTtl(ttlMs: number): void {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new TypeError(`Invalid lease ttl ${ttlMs}`);
}
