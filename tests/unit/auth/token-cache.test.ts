import { CachedTokenResolver } from '../../../src/modules/auth/token-cache';
import type { TokenResolver } from '../../../src/modules/auth/token-resolver';
import type { Actor } from '../../../src/modules/shared/actor';

const TOKEN = 'token-of-office-one-0123456789';
const OTHER = 'token-of-office-two-0123456789';
const actorOf = (id: string): Actor => ({ kind: 'user', id, role: 'office', scopeUnitId: 'T' });

/** A resolver that counts its reads and answers from a table the test changes. */
class Table implements TokenResolver {
  reads = 0;
  readonly users = new Map<string, Actor>([
    [TOKEN, actorOf('office-1')],
    [OTHER, actorOf('office-2')],
  ]);
  /** A read in flight waits for this when set. */
  gate?: Promise<void>;

  async resolve(token: string): Promise<Actor | undefined> {
    this.reads++;
    const actor = this.users.get(token);
    if (this.gate) await this.gate;
    return actor;
  }
}

describe('the token resolution cache', () => {
  let now: number;
  let table: Table;
  const cache = (ttlMs = 30_000, max?: number) =>
    new CachedTokenResolver(table, ttlMs, () => now, max);
  beforeEach(() => {
    now = 1_000_000;
    table = new Table();
  });

  it('reads a token once within the TTL, and again once it expired', async () => {
    const tokens = cache(1000);
    expect(await tokens.resolve(TOKEN)).toEqual(actorOf('office-1'));
    now += 999;
    expect(await tokens.resolve(TOKEN)).toEqual(actorOf('office-1'));
    expect(table.reads).toBe(1);
    now += 1;
    table.users.delete(TOKEN); // revoked by another instance: seen once the entry expired
    expect(await tokens.resolve(TOKEN)).toBeUndefined();
    expect(table.reads).toBe(2);
  });

  it('never keeps a token that did not resolve', async () => {
    const tokens = cache();
    expect(await tokens.resolve('unknown-token-0123456789')).toBeUndefined();
    expect(await tokens.resolve('unknown-token-0123456789')).toBeUndefined();
    expect(table.reads).toBe(2);
    expect(tokens.size).toBe(0);
  });

  it('forgets the tokens of a user at once, and only theirs', async () => {
    const tokens = cache();
    await tokens.resolve(TOKEN);
    await tokens.resolve(OTHER);
    table.users.delete(TOKEN);
    tokens.forget((actor) => actor.id === 'office-1');
    expect(await tokens.resolve(TOKEN)).toBeUndefined();
    expect(await tokens.resolve(OTHER)).toEqual(actorOf('office-2'));
    expect(table.reads).toBe(3);
  });

  it('does not keep what a read in flight found when a user was forgotten meanwhile', async () => {
    const tokens = cache();
    let release!: () => void;
    table.gate = new Promise((resolve) => (release = resolve));
    const inFlight = tokens.resolve(TOKEN); // read before the revocation, answers after it
    tokens.forget((actor) => actor.id === 'office-1');
    release();
    expect(await inFlight).toEqual(actorOf('office-1'));
    table.gate = undefined;
    table.users.delete(TOKEN);
    expect(await tokens.resolve(TOKEN)).toBeUndefined();
  });

  it('reads every time with a TTL of 0', async () => {
    const tokens = cache(0);
    await tokens.resolve(TOKEN);
    await tokens.resolve(TOKEN);
    expect(table.reads).toBe(2);
    expect(tokens.size).toBe(0);
  });

  it('keeps at most its bound, forgetting the longest kept first', async () => {
    const tokens = cache(30_000, 1);
    await tokens.resolve(TOKEN);
    await tokens.resolve(OTHER);
    expect(tokens.size).toBe(1);
    await tokens.resolve(OTHER);
    expect(table.reads).toBe(2);
    await tokens.resolve(TOKEN);
    expect(table.reads).toBe(3);
  });
});
