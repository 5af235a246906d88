/** Keys remembered at most; beyond, the least recently failed are forgotten. */
const MAX_KEYS = 10_000;

/**
 * Counts failed authentications per key (a client, a presented credential) in a sliding window;
 * a key with too many is refused with 429 until its oldest failure leaves the window.
 */
export class FailedAuthLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 20,
    private readonly windowMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Seconds until none of the keys is over the limit, or 0 when none is now. */
  retryAfter(...keys: string[]): number {
    return Math.max(0, ...keys.map((key) => this.retryAfterOne(key)));
  }

  recordFailure(...keys: string[]): void {
    for (const key of keys) {
      const recent = this.recent(key);
      recent.push(this.clock());
      this.failures.delete(key);
      this.failures.set(key, recent);
    }
    if (this.failures.size > MAX_KEYS) this.prune();
  }

  private retryAfterOne(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((recent[0] + this.windowMs - this.clock()) / 1000));
  }

  private recent(key: string): number[] {
    const since = this.clock() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }

  /** Forgets expired keys, then the least recently failed ones down to half the bound. */
  private prune(): void {
    for (const key of [...this.failures.keys()]) {
      if (this.recent(key).length === 0) this.failures.delete(key);
    }
    for (const key of this.failures.keys()) {
      if (this.failures.size <= MAX_KEYS / 2) break;
      this.failures.delete(key);
    }
  }
}
