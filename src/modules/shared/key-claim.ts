import { randomUUID } from 'node:crypto';
import type { ReadStore } from '../../infrastructure/read-store/read-store.port';

/**
 * An Idempotency-Key held by the request running under it: a read-store lease, renewed while the
 * request runs. An instance that dies stops renewing, so the key is free again within `ttlMs`.
 */
export class KeyClaim {
  private readonly renewal: NodeJS.Timeout;

  private constructor(
    private readonly store: ReadStore,
    private readonly name: string,
    private readonly owner: string,
    ttlMs: number,
  ) {
    this.renewal = setInterval(() => void this.renew(ttlMs), Math.max(100, ttlMs / 3));
    this.renewal.unref();
  }

  /** The claim, or undefined while another request holds the key. */
  static async take(store: ReadStore, streamId: string, ttlMs: number) {
    const name = `claim:${streamId}`;
    const owner = randomUUID();
    const taken = await store.tryAcquireLease(name, owner, ttlMs, new Date());
    return taken ? new KeyClaim(store, name, owner, ttlMs) : undefined;
  }

  async release(): Promise<void> {
    clearInterval(this.renewal);
    await this.store.releaseLease(this.name, this.owner);
  }

  private async renew(ttlMs: number): Promise<void> {
    try {
      await this.store.tryAcquireLease(this.name, this.owner, ttlMs, new Date());
    } catch {
      // The next renewal tries again; the answer is guarded by the stream's revision anyway.
    }
  }
}
