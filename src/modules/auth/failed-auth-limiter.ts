/** Counts failed authentications per client in a sliding window; too many are refused with 429. */
export class FailedAuthLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 20,
    private readonly windowMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Seconds until the client may try again, or 0 when it may try now. */
  retryAfter(client: string): number {
    const recent = this.recent(client);
    if (recent.length < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((recent[0] + this.windowMs - this.clock()) / 1000));
  }

  recordFailure(client: string): void {
    const recent = this.recent(client);
    recent.push(this.clock());
    this.failures.set(client, recent);
    if (this.failures.size > 10_000) this.prune();
  }

  private recent(client: string): number[] {
    const since = this.clock() - this.windowMs;
    return (this.failures.get(client) ?? []).filter((at) => at > since);
  }

  private prune(): void {
    for (const client of [...this.failures.keys()]) {
      if (this.recent(client).length === 0) this.failures.delete(client);
    }
  }
}
