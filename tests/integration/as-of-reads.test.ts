/**
 * As-of reads answered in a worker thread (AsOfThread) are exactly those of the same reader on
 * this thread (AsOfReader), and, once every event is recorded, those of the live read models.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { generateStore, type GeneratedStore } from '../../bench/data/generate';
import { TINY_CITY as TINY } from './tiny-trees';
import { ALL_PROJECTIONS } from '../../projections';
import { INCIDENTS, incidentsProjection, type IncidentDoc } from '../../projections/incidents';
import { loadConfig } from '../../src/config/app-config';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { AsOfSnapshot } from '../../src/infrastructure/projections/as-of-snapshot';
import { ProjectionRunner } from '../../src/infrastructure/projections/projection-runner';
import { ReadModels } from '../../src/infrastructure/projections/read-models';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';
import { AsOfReader } from '../../src/modules/as-of/as-of-reader';
import { AsOfThread } from '../../src/modules/as-of/as-of-thread';
import { AssessmentReader } from '../../src/modules/assessment/queries/assessment-reader';
import { ASSESSMENT_PROJECTIONS } from '../../src/modules/assessment/queries/year-data.loader';
import { readIncidentChain, readUnitChain } from '../../src/modules/incidents/queries/chain-reads';

const logger = pino({ level: 'silent' });

/**
 * With every list in one order: lists of events and explanation items follow the order the
 * documents are read in, which differs between the read store and a replay (ranks are fields).
 */
function unordered(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(unordered).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unordered(v)]));
}

/** After every recorded event of the generated store (its clock ends in January 2026). */
const AFTER_ALL = '2026-06-30T00:00:00.000Z';

describe('as-of reads in a worker thread', () => {
  let dir: string;
  let generated: GeneratedStore;
  let store: SqliteEventStore;
  let here: AsOfReader;
  let thread: AsOfThread;
  let incidentIds: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'as-of-reads-'));
    generated = await generateStore({
      file: join(dir, 'events.db'),
      size: TINY,
      targetEvents: 4_000,
      eventsPerYear: 2_000,
      assessedUnits: 15,
      seed: 11,
    });
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
    here = new AsOfReader(store);
    thread = new AsOfThread({ config: loadConfig({ DATA_DIR: dir }), logger });
    const all = await AsOfSnapshot.build(store, ASSESSMENT_PROJECTIONS, AFTER_ALL);
    const incidents = await all.find<IncidentDoc>(incidentsProjection, INCIDENTS);
    incidentIds = incidents.slice(0, 3).map((i) => i._id);
  }, 120_000);

  afterAll(async () => {
    await thread.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every as-of read exactly as the same reader on this thread', async () => {
    expect(incidentIds.length).toBeGreaterThan(0);
    const assessed = generated.assessedUnitIds[0];
    const unassessed = generated.world.all.find((u) => !generated.assessedUnitIds.includes(u.id))!;
    // Before 2024's finalisation (10 February 2025), after it, and after every event.
    for (const asOf of ['2024-09-30T12:00:00.000Z', '2025-03-01T00:00:00.000Z', AFTER_ALL]) {
      for (const year of [2024, 2025]) {
        expect(await thread.year(year, asOf)).toEqual(await here.year(year, asOf));
        for (const unitId of [assessed, unassessed.id, 'NO-SUCH-UNIT']) {
          expect(await thread.unit(year, unitId, asOf)).toEqual(
            await here.unit(year, unitId, asOf),
          );
          expect(await thread.controlIndicators(year, unitId, asOf)).toEqual(
            await here.controlIndicators(year, unitId, asOf),
          );
        }
      }
      expect(await thread.unitChain(assessed, asOf, asOf)).toEqual(
        await here.unitChain(assessed, asOf, asOf),
      );
      for (const incidentId of incidentIds) {
        expect(await thread.incidentChain(incidentId, asOf)).toEqual(
          await here.incidentChain(incidentId, asOf),
        );
      }
    }
    expect((await thread.year(2024, AFTER_ALL)).finalized).toBe(true);
    expect((await thread.year(2025, AFTER_ALL)).results.length).toBeGreaterThan(5);
    expect(await thread.unit(2025, 'NO-SUCH-UNIT', AFTER_ALL)).toBeNull();
  }, 120_000);

  it('answers after every recorded event as the live read models do', async () => {
    const reads = new SqliteReadStore({ directory: dir });
    const runner = new ProjectionRunner(ALL_PROJECTIONS, store, reads, logger);
    await runner.start();
    try {
      expect(await runner.waitFor(await store.lastPosition(), 60_000)).toBe(true);
      const readModels = new ReadModels(reads, runner);
      // The live reader asks the worker for a finalised year's results at finalisation.
      const live = new AssessmentReader(readModels, runner, reads, thread);
      const now = new Date(AFTER_ALL);
      for (const year of [2024, 2025]) {
        const asOf = await thread.year(year, AFTER_ALL);
        expect(unordered(asOf)).toEqual(
          unordered({ ...(await live.year(year, { now })), asOf: AFTER_ALL }),
        );
      }
      const unitId = generated.assessedUnitIds[1];
      expect(await thread.unitChain(unitId, AFTER_ALL, AFTER_ALL)).toEqual(
        await readUnitChain(readModels, unitId, AFTER_ALL),
      );
      for (const incidentId of incidentIds) {
        expect(await thread.incidentChain(incidentId, AFTER_ALL)).toEqual(
          await readIncidentChain(readModels, incidentId),
        );
      }
    } finally {
      await runner.stop();
      await reads.close();
    }
  }, 120_000);

  it('answers 503 for calls the worker cannot answer: it could not start, or it was closed', async () => {
    const unavailable = { problem: { status: 503, type: 'urn:safety:problem:as_of_unavailable' } };
    // A data directory that is a file: the worker cannot open its event store.
    const broken = new AsOfThread({
      config: loadConfig({ DATA_DIR: join(dir, 'events.db') }),
      logger,
    });
    await expect(broken.year(2025, AFTER_ALL)).rejects.toMatchObject(unavailable);
    await broken.close();

    const closing = new AsOfThread({ config: loadConfig({ DATA_DIR: dir }), logger });
    await closing.unitChain(generated.assessedUnitIds[0], AFTER_ALL, AFTER_ALL);
    await closing.close();
    await expect(closing.year(2025, AFTER_ALL)).rejects.toMatchObject(unavailable);
  }, 60_000);
});
