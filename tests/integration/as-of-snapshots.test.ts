/**
 * Cached as-of snapshots (as-of-snapshots.ts) are reused only while a fresh replay would apply the
 * same events, and then read exactly as a fresh replay.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStore } from '../../bench/data/generate';
import { TINY_CITY as TINY } from './tiny-trees';
import { ALL_PROJECTIONS } from '../../projections';
import { compareIds } from '../../projections/queries/sorted-groups';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import {
  AsOfSnapshot,
  type DocumentSource,
} from '../../src/infrastructure/projections/as-of-snapshot';
import { AsOfSnapshots } from '../../src/infrastructure/projections/as-of-snapshots';
import { loadYearData } from '../../src/modules/assessment/queries/year-data.loader';

const PROJECTIONS = ALL_PROJECTIONS.filter((p) => p.name !== 'audit');

describe('as-of snapshots kept between reads', () => {
  let dir: string;
  let store: SqliteEventStore;
  let snapshots: AsOfSnapshots;

  const fresh = (asOf: string, upTo?: number) =>
    AsOfSnapshot.build(store, PROJECTIONS, asOf, upTo ?? Number.MAX_SAFE_INTEGER);
  const yearOf = (source: DocumentSource) => loadYearData(source, 2025);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'as-of-snapshots-'));
    const file = join(dir, 'events.db');
    await generateStore({
      file,
      size: TINY,
      targetEvents: 4_000,
      eventsPerYear: 2_000,
      assessedUnits: 15,
      seed: 11,
    });
    store = new SqliteEventStore({ file });
    snapshots = new AsOfSnapshots(store, PROJECTIONS, { snapshots: 2 });
  }, 120_000);

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reuses the snapshot of a past time, which reads as a fresh replay', async () => {
    for (const asOf of ['2025-06-30T23:59:59+08:00', '2025-12-31T23:59:59+08:00']) {
      const first = await snapshots.at(asOf);
      expect(await snapshots.at(new Date(asOf).toISOString())).toBe(first);
      expect(await yearOf(first)).toEqual(await yearOf(await fresh(asOf)));
    }
  });

  it('keeps only the last few, least recently used out first', async () => {
    const a = await snapshots.at('2025-03-01T00:00:00Z');
    const b = await snapshots.at('2025-04-01T00:00:00Z');
    expect(await snapshots.at('2025-03-01T00:00:00Z')).toBe(a);
    await snapshots.at('2025-05-01T00:00:00Z');
    expect(await snapshots.at('2025-03-01T00:00:00Z')).toBe(a);
    expect(await snapshots.at('2025-04-01T00:00:00Z')).not.toBe(b);
  });

  it('reuses a snapshot up to a position for any later time, as a fresh replay would read', async () => {
    const upTo = Math.floor((await store.lastPosition()) / 2);
    const first = await snapshots.at('2100-01-01T00:00:00Z', upTo);
    const later = await snapshots.at('2200-01-01T00:00:00Z', upTo);
    expect(later).toBe(first);
    expect(await yearOf(later)).toEqual(await yearOf(await fresh('2200-01-01T00:00:00Z', upTo)));
    expect(await snapshots.at('2100-01-01T00:00:00Z', upTo + 1)).not.toBe(first);
  });

  it('replays again when an event was appended to a log it read to the end', async () => {
    const asOf = '2100-01-01T00:00:00Z';
    const before = await snapshots.at(asOf);
    expect(await snapshots.at(asOf)).toBe(before);
    await store.append(
      'unit-NEW',
      [
        {
          id: randomUUID(),
          type: 'UnitRegistered',
          data: { id: 'NEW', name: '新镇', kind: 'town' },
          metadata: { actorId: 'a', actorRole: 'admin', requestId: 'r' },
        },
      ],
      'no_stream',
    );
    const after = await snapshots.at(asOf);
    expect(after).not.toBe(before);
    const units = (await yearOf(after)).data.units.map((u) => u._id);
    expect(units).toContain('NEW');
    expect(await yearOf(after)).toEqual(await yearOf(await fresh(asOf)));
  });

  it('replays a new time from the latest checkpoint it can go on from, reading as a fresh replay', async () => {
    const checkpointed = new AsOfSnapshots(store, PROJECTIONS, {
      snapshots: 1,
      checkpoints: 4,
      minCheckpointEvents: 300,
    });
    await checkpointed.at('2025-12-31T23:59:59+08:00');
    const positions = checkpointed.checkpointPositions;
    expect(positions.length).toBeGreaterThanOrEqual(3);
    const upTo = Math.floor((positions[1] + positions[2]) / 2);
    const reads: [string, number?][] = [
      ['2025-02-11T00:00:00Z'],
      ['2024-07-01T12:00:00+08:00'],
      ['2025-09-30T23:59:59+08:00'],
      ['2024-12-31T23:59:59+08:00', upTo],
      ['2025-12-31T23:59:59+08:00', upTo],
      ['2026-06-30T00:00:00Z'],
    ];
    for (const [asOf, upToPosition] of reads) {
      const snapshot = await checkpointed.at(asOf, upToPosition);
      const expected = await fresh(asOf, upToPosition);
      for (const year of [2024, 2025]) {
        expect(await loadYearData(snapshot, year)).toEqual(await loadYearData(expected, year));
      }
    }
    expect(checkpointed.checkpointPositions.length).toBeLessThanOrEqual(4);
  });

  it("spreads the first replay's checkpoints evenly over the log", async () => {
    const capacity = 4;
    const checkpointed = new AsOfSnapshots(store, PROJECTIONS, {
      snapshots: 1,
      checkpoints: capacity,
      minCheckpointEvents: 100,
    });
    await checkpointed.at('2100-01-01T00:00:00Z');
    const end = await store.lastPosition();
    const bounds = [0, ...checkpointed.checkpointPositions, end];
    const gaps = bounds.slice(1).map((position, i) => position - bounds[i]);
    expect(checkpointed.checkpointPositions.length).toBeGreaterThanOrEqual(capacity - 1);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(Math.ceil((end / capacity) * 1.1));
  });

  it('answers in `_id` order, as the read stores do (explanations list events in the order read)', async () => {
    const { data } = await yearOf(await fresh('2030-01-01T00:00:00Z'));
    const lists = [data.units, data.hazards, data.incidents, data.penalties, data.inspections];
    for (const docs of lists) {
      const ids = docs.map((doc) => doc._id);
      expect(ids).toEqual([...ids].sort(compareIds));
    }
    // Recorded out of `_id` order (PEN-2025-10 after PEN-2025-9), so the order is the snapshot's doing.
    expect(lists.some((docs) => docs.length > 10)).toBe(true);
  });
});
