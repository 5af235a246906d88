import Database from 'better-sqlite3';
import { join } from 'node:path';
import { AnchorScheduler } from '../../src/modules/audit/anchor-scheduler';
import { startTestApp } from './harness';
import { Api } from './support/api';
import { district, seedTree, town } from './support/tree';

describe('integrity of the record', () => {
  it('verifies the chains and anchors, and after an attacker edits the file reports the edited position', async () => {
    const first = await startTestApp();
    const before = new Api(() => first);
    await seedTree(before, [district('D'), town('T1', 'D', '城关镇'), town('T2', 'D', '新城镇')]);
    await first.app.get(AnchorScheduler).tick(60_000);
    const anchored = (await before.get('/audit/integrity').expect(200)).body;
    expect(anchored).toMatchObject({ ok: true, latestAnchor: { ok: true } });
    expect(anchored.checked).toBeGreaterThanOrEqual(4);
    const stream = (await before.get('/audit/streams/unit-T1').expect(200)).body;
    const target = stream.events[0];
    await first.app.close();

    // The attacker: drops the trigger that refuses updates and rewrites the town's name.
    const db = new Database(join(first.dataDir, 'events.db'));
    db.exec('DROP TRIGGER IF EXISTS events_are_immutable_update');
    const row = db
      .prepare<[string], { data: string }>('SELECT data FROM events WHERE id = ?')
      .get(target.id)!;
    db.prepare('UPDATE events SET data = ? WHERE id = ?').run(
      JSON.stringify({ ...JSON.parse(row.data), name: '篡改镇' }),
      target.id,
    );
    db.close();

    const second = await startTestApp({ DATA_DIR: first.dataDir });
    try {
      const report = (await new Api(() => second).get('/audit/integrity').expect(200)).body;
      expect(report.ok).toBe(false);
      expect(report.firstBrokenPosition).toBe(target.position);
    } finally {
      await second.close();
    }
  }, 30_000);
});
