import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instanceOwner } from '../../src/infrastructure/leases/lease-claims';
import { AnchorScheduler } from '../../src/modules/audit/anchor-scheduler';
import { kill, startHolder } from '../support/instance-holder';
import { startTestApp, type TestApp } from './harness';
import { Api } from './support/api';
import { district, seedTree } from './support/tree';

describe('the periodic integrity anchor', () => {
  let t: TestApp;
  const api = new Api(() => t);
  let holder: ChildProcess | undefined;
  afterEach(async () => {
    if (holder && holder.exitCode === null && holder.signalCode === null) await kill(holder);
    await t?.close();
  });

  it('waits while a live instance holds its lease, and is recorded at once when that one was killed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'safety-e2e-'));
    const child = await startHolder(dataDir, instanceOwner(), 'integrity_anchors');
    holder = child;
    t = await startTestApp({ DATA_DIR: dataDir });
    await seedTree(api, [district('D')]);
    const latestAnchor = async () =>
      (await api.get('/audit/integrity').expect(200)).body.latestAnchor;

    await t.app.get(AnchorScheduler).tick(60_000);
    expect(await latestAnchor()).toBeUndefined();

    await kill(child);
    await t.app.get(AnchorScheduler).tick(60_000);
    expect(await latestAnchor()).toMatchObject({ ok: true });
  }, 30_000);
});
