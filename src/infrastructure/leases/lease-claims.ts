import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { ReadStore } from '../read-store/read-store.port';

/** Tells whether the instance that holds leases as `owner` is known to have died. */
export interface InstanceLiveness {
  hasDied(owner: string): boolean;
}

/** Knows of no death: leases then pass on only when they expire. */
export const NO_DEATHS_KNOWN: InstanceLiveness = { hasDied: () => false };

/** A lease owner unique to this process and call: host, process id and a random part. */
export const instanceOwner = (): string =>
  `${hostname().replace(/[^A-Za-z0-9.-]/g, '-')}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * Takes each named lease that is free, expired or already `owner`'s, and, whatever its expiry,
 * each one held by an instance known to have died (a predecessor killed before it could release
 * them): a restarted instance need not wait out its own leases. Resolves with the names held.
 */
export async function claimLeases(
  store: ReadStore,
  liveness: InstanceLiveness,
  names: readonly string[],
  owner: string,
  ttlMs: number,
  now: Date,
): Promise<Set<string>> {
  const held = new Set<string>();
  let holders: Map<string, string> | null = null;
  const died = new Map<string, boolean>();
  for (const name of names) {
    if (await store.tryAcquireLease(name, owner, ttlMs, now)) {
      held.add(name);
      continue;
    }
    holders ??= new Map((await store.listLeases()).map((lease) => [lease.name, lease.owner]));
    const holder = holders.get(name);
    if (holder === undefined) continue;
    if (!died.has(holder)) died.set(holder, liveness.hasDied(holder));
    if (died.get(holder) && (await store.takeOverLease(name, owner, holder, ttlMs, now))) {
      held.add(name);
    }
  }
  return held;
}
