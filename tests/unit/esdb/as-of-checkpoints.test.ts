import { randomUUID } from 'node:crypto';
import { byType, type Projection } from '../../../projections/projection';
import type { DomainEvent } from '../../../src/domain/shared/decider';
import { EsdbEventStore } from '../../../src/infrastructure/event-store/esdb/esdb-event-store';
import { UpcasterRegistry } from '../../../src/infrastructure/event-store/upcasting/upcaster-registry';
import { AsOfSnapshot } from '../../../src/infrastructure/projections/as-of-snapshot';
import {
  AsOfSnapshots,
  checkpointSpacing,
} from '../../../src/infrastructure/projections/as-of-snapshots';
import { FakeEsdbClient } from './fake-esdb-client';

type UnitGraded = DomainEvent<'UnitGraded', { unit: string }>;

/** Counts grades per unit: enough state for checkpoints to matter. */
const grades: Projection = {
  name: 'grades',
  version: 1,
  collections: { counts: { indexes: [] } },
  ...byType<UnitGraded>({
    async UnitGraded(event, store) {
      const id = String(event.data.unit);
      const doc = await store.get<{ _id: string; n: number }>('counts', id);
      store.put('counts', { _id: id, n: (doc?.n ?? 0) + 1 });
    },
  }),
};

describe('as-of checkpoints on a store whose positions are byte offsets (EventStoreDB)', () => {
  it('are spaced by events, so replays leave checkpoints and read as fresh ones', async () => {
    const client = new FakeEsdbClient();
    const store = new EsdbEventStore(client.asClient(), { upcasters: new UpcasterRegistry() });
    const start = Date.parse('2025-01-01T00:00:00Z');
    let now = start;
    const timed = new EsdbEventStore(client.asClient(), {
      upcasters: new UpcasterRegistry(),
      clock: () => new Date((now += 60_000)),
    });
    for (let batch = 0; batch < 40; batch++) {
      const events = Array.from({ length: 50 }, (_, i) => ({
        id: randomUUID(),
        type: 'UnitGraded',
        data: { unit: `u${(batch * 50 + i) % 7}` },
        metadata: { actorId: 'u-1', actorRole: 'admin', requestId: 'r' },
      }));
      await timed.append(`unit-${batch}`, events, 'no_stream');
    }
    expect(await store.lastPosition()).toBeGreaterThan(2000 * 1000);

    const snapshots = new AsOfSnapshots(store, [grades], {
      snapshots: 1,
      checkpoints: 4,
      minCheckpointEvents: 200,
    });
    await snapshots.at('2026-01-01T00:00:00Z');
    await snapshots.at('2025-01-01T12:00:00Z');
    expect(snapshots.checkpointPositions.length).toBeGreaterThanOrEqual(3);
    for (const asOf of ['2025-01-02T00:00:00Z', '2025-01-01T20:00:00Z', '2026-01-01T00:00:00Z']) {
      const cached = await snapshots.at(asOf);
      const fresh = await AsOfSnapshot.build(store, [grades], asOf);
      expect(await cached.find(grades, 'counts')).toEqual(await fresh.find(grades, 'counts'));
    }
  });
});

describe('checkpointSpacing', () => {
  it('divides the known log length in events among the checkpoints kept', () => {
    const at = { examined: 10, position: 10_000 };
    expect(checkpointSpacing(at, { events: 60_000, lastPosition: 1 }, 6, 5_000)).toBe(10_000);
    expect(checkpointSpacing(at, { events: 6_000, lastPosition: 1 }, 6, 5_000)).toBe(5_000);
  });

  it('estimates the log length from the events before the position reached while it is unknown', () => {
    const log = { lastPosition: 24_000_000 };
    expect(checkpointSpacing({ examined: 0, position: 0 }, log, 12, 5_000)).toBe(5_000);
    // 100 bytes an event: 240,000 events in the log, 20,000 between twelve checkpoints.
    expect(checkpointSpacing({ examined: 5_000, position: 500_000 }, log, 12, 5_000)).toBe(20_000);
    expect(checkpointSpacing({ examined: 5_000, position: 2_400_000 }, log, 12, 1_000)).toBe(4_167);
  });
});
