import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InstanceLocks } from '../../src/infrastructure/leases/sqlite/instance-locks';
import { claimLeases, instanceOwner } from '../../src/infrastructure/leases/lease-claims';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';
import { kill, startHolder } from '../support/instance-holder';

describe('instance locks in a shared data directory', () => {
  let dataDir: string;
  let reads: SqliteReadStore;
  let locks: InstanceLocks;
  const children: ChildProcess[] = [];

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'instance-locks-'));
    reads = new SqliteReadStore({ directory: dataDir });
    locks = new InstanceLocks(dataDir);
  });
  afterEach(async () => {
    for (const child of children.splice(0))
      if (child.exitCode === null && child.signalCode === null) await kill(child);
    await reads.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const holder = async (owner: string, lease: string) => {
    const child = await startHolder(dataDir, owner, lease);
    children.push(child);
    return child;
  };

  it('know an instance dead once its process is killed, and no other', async () => {
    const owner = instanceOwner();
    const child = await holder(owner, 'projection_units');
    expect(locks.hasDied(owner)).toBe(false);
    await kill(child);
    expect(locks.hasDied(owner)).toBe(true);
    expect(locks.hasDied(instanceOwner())).toBe(false);
    expect(locks.hasDied('../../read-store.sqlite')).toBe(false);
    expect(locks.hasDied('an-owner-of-an-older-release')).toBe(false);
  }, 30_000);

  it("let a live instance keep its lease, and hand a killed one's over at once", async () => {
    const [live, dead] = [instanceOwner(), instanceOwner()];
    await holder(live, 'projection_units');
    const killed = await holder(dead, 'projection_hazards');
    await kill(killed);

    const me = instanceOwner();
    const names = ['projection_units', 'projection_hazards', 'projection_free'];
    const held = await claimLeases(reads, locks, names, me, 30_000, new Date());
    expect([...held].sort()).toEqual(['projection_free', 'projection_hazards']);
    const owners = new Map((await reads.listLeases()).map((l) => [l.name, l.owner]));
    expect(owners.get('projection_units')).toBe(live);
    expect(owners.get('projection_hazards')).toBe(me);
  }, 30_000);

  it("tell this process's live lock from another connection's view of it, and a released one as dead", () => {
    const owner = instanceOwner();
    const lock = locks.hold(owner);
    expect(new InstanceLocks(dataDir).hasDied(owner)).toBe(false);
    lock.release();
    expect(new InstanceLocks(dataDir).hasDied(owner)).toBe(true);
  });

  it('sweep the files of dead instances that no lease names', async () => {
    const [named, unnamed, live] = [instanceOwner(), instanceOwner(), instanceOwner()];
    for (const owner of [named, unnamed]) locks.hold(owner).release();
    const lock = locks.hold(live);
    const file = (owner: string) => join(dataDir, 'instances', `${owner}.lock`);
    locks.sweep(new Set([named]));
    expect([named, unnamed, live].map((owner) => existsSync(file(owner)))).toEqual([
      true,
      false,
      true,
    ]);
    lock.release();
  });
});
