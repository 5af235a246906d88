import { randomUUID } from 'node:crypto';
import { AnchorRecorder } from '../../../src/infrastructure/event-store/integrity/anchor-recorder';
import { verifyIntegrity } from '../../../src/infrastructure/event-store/integrity/integrity-verifier';
import { SqliteEventStore } from '../../../src/infrastructure/event-store/sqlite/sqlite-event-store';

const actor = { actorId: 'u-test', actorRole: 'admin', requestId: 'req-1' };
const touched = (i: number) => ({
  id: randomUUID(),
  type: 'Touched',
  data: { i },
  metadata: actor,
});

/**
 * The integrity check of a large log takes seconds of hashing: it must let the event loop turn
 * (other requests, timers) while it runs, and still check everything.
 */
describe('the integrity check, run in slices', () => {
  let store: SqliteEventStore;

  beforeAll(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    for (let s = 0; s < 3_000; s++) {
      await store.append(`s-${s}`, [touched(s), touched(s + 1), touched(s + 2)], 'no_stream');
    }
    await new AnchorRecorder(store).record('on_demand', actor);
  }, 60_000);
  afterAll(() => store.close());

  it('lets timers run while it recomputes every hash, chain and the anchor', async () => {
    let turns = 0;
    const ticking = setInterval(() => (turns += 1), 1);
    const started = performance.now();
    const report = await verifyIntegrity(store).finally(() => clearInterval(ticking));
    const ms = performance.now() - started;
    expect(report).toMatchObject({ ok: true, checked: 9_001, streams: 3_001 });
    expect(report.latestAnchor).toMatchObject({ ok: true });
    // A 1 ms timer fires at least once per slice of about 10 ms.
    expect(turns).toBeGreaterThanOrEqual(Math.floor(ms / 50));
    expect(turns).toBeGreaterThan(2);
  });
});
