import type { Actor } from '../shared/actor';
import { hashToken } from './token-hash';
import type { TokenResolver } from './token-resolver';

/** Tokens remembered at most; beyond, the longest remembered is forgotten first. */
const MAX_ENTRIES = 10_000;

interface Entry {
  actor: Actor;
  /** Clock time after which the token is read again. */
  until: number;
}

/**
 * A resolver's answers for the tokens that resolved, kept `ttlMs` from the read (by the token's
 * hash; 0 keeps none), so a known token is not read on every request. `forget` drops the tokens
 * of a user at once (this instance revoked it or its token); a change made by another instance is
 * seen once the entry expires. A token that did not resolve is never kept: each failure is read,
 * and counted by the failed-authentication limiter, as before.
 */
export class CachedTokenResolver implements TokenResolver {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every `forget`, so a read that began before it does not keep what it found. */
  private generation = 0;

  constructor(
    private readonly inner: TokenResolver,
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  async resolve(token: string): Promise<Actor | undefined> {
    if (this.ttlMs <= 0) return this.inner.resolve(token);
    const key = hashToken(token);
    const now = this.clock();
    const cached = this.entries.get(key);
    if (cached && cached.until > now) return cached.actor;
    if (cached) this.entries.delete(key);
    const generation = this.generation;
    const actor = await this.inner.resolve(token);
    if (actor && generation === this.generation) {
      if (this.entries.size >= this.maxEntries) this.evictOldest();
      // Shared by every request with the token until it expires: no request may change it.
      const kept = Object.freeze({ ...actor });
      this.entries.set(key, { actor: kept, until: now + this.ttlMs });
      return kept;
    }
    return actor;
  }

  /** Drops every token whose actor `matches`: their next request reads again. */
  forget(matches: (actor: Actor) => boolean): void {
    this.generation++;
    for (const [key, entry] of this.entries) {
      if (matches(entry.actor)) this.entries.delete(key);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private evictOldest(): void {
    const now = this.clock();
    for (const [key, entry] of this.entries) {
      if (entry.until <= now) this.entries.delete(key);
    }
    const oldest = this.entries.keys().next();
    if (this.entries.size >= this.maxEntries && !oldest.done) this.entries.delete(oldest.value);
  }
}
