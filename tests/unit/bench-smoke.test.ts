/**
 * The bench's data generator (bench/data) at a tiny size: every simulated command is accepted by
 * the real deciders, the projections apply every event, and the year's assessment covers every
 * unit that signed an agreement. The bench itself never runs in CI (`npm run bench`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStore } from '../../bench/data/generate';
import { SMALL_CITY as TINY } from '../integration/tiny-trees';
import { ALL_PROJECTIONS } from '../../projections';
import { buildFacts, YearIndex } from '../../projections/queries/assessment-facts';
import { assess } from '../../src/domain/assessment/assess';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { AsOfSnapshot } from '../../src/infrastructure/projections/as-of-snapshot';
import { loadYearData } from '../../src/modules/assessment/queries/year-data.loader';

describe('bench data generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a valid, assessable event log through the event store', async () => {
    const file = join(dir, 'events.db');
    const generated = await generateStore({
      file,
      size: TINY,
      targetEvents: 8_000,
      eventsPerYear: 4_000,
      assessedUnits: 30,
      seed: 3,
    });

    expect(generated.refused).toEqual({});
    expect(generated.years).toEqual([2024, 2025]);
    expect(generated.events).toBeGreaterThan(4_000);
    for (const type of [
      'UnitRegistered',
      'PersonAppointed',
      'AgreementSigned',
      'InspectionConducted',
      'HazardIdentified',
      'HazardRectified',
      'HazardVerified',
      'IncidentReported',
      'PenaltyDecided',
      'TaskScored',
      'AssessmentYearFinalized',
    ]) {
      expect(generated.byType[type]).toBeGreaterThan(0);
    }

    const store = new SqliteEventStore({ file });
    try {
      expect(await store.lastPosition()).toBe(generated.events);
      const source = await AsOfSnapshot.build(store, ALL_PROJECTIONS, '2100-01-01T00:00:00Z');
      const { data, scheme } = await loadYearData(source, 2025);
      const index = new YearIndex(data);
      const assessed = index.assessedUnitIds();
      expect([...assessed].sort()).toEqual([...generated.assessedUnitIds].sort());
      const results = assessed.map((unitId) =>
        assess(scheme, buildFacts(index, unitId), '2026-01-20T00:00:00Z'),
      );
      expect(results.every((r) => Number.isFinite(r.score))).toBe(true);
      expect(data.hazards.length).toBeGreaterThan(0);
      expect(data.incidents.length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});
