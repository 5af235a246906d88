/**
 * A live year is read in pages and answered in slices (live-year.ts, year-answer.ts), so that the
 * first read of a large year does not hold the request thread: the pages must give exactly the
 * documents one read gives, and the sliced answers exactly what the same work run at once gives.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { generateStore } from '../../bench/data/generate';
import { ALL_PROJECTIONS } from '../../projections';
import {
  YEAR_COLLECTIONS,
  type YearCollection,
  YearIndex,
} from '../../projections/queries/year-index';
import { runAtOnce, runInSlices } from '../../src/infrastructure/cooperative';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { generationAlias } from '../../src/infrastructure/projections/generations';
import { ProjectionRunner } from '../../src/infrastructure/projections/projection-runner';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';
import { GenerationReads } from '../../src/modules/assessment/queries/generation-reads';
import type { YearView } from '../../src/modules/assessment/queries/live-year';
import { yearQuarters } from '../../src/modules/assessment/queries/quarter-answer';
import { UnitFacts } from '../../src/modules/assessment/queries/unit-facts';
import { summarise } from '../../src/modules/assessment/queries/year-answer';
import {
  ASSESSMENT_PROJECTIONS,
  loadYearData,
  readYear,
} from '../../src/modules/assessment/queries/year-data.loader';
import { yearEscalations } from '../../src/modules/assessment/queries/year-escalations';
import { SMALL_CITY } from './tiny-trees';

const YEAR = 2025;
const NOW = '2026-01-20T00:00:00.000Z';

describe('a live year read in pages and answered in slices', () => {
  let dir: string;
  let reads: SqliteReadStore;
  let source: GenerationReads;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'year-slices-'));
    const file = join(dir, 'events.db');
    await generateStore({
      file,
      size: SMALL_CITY,
      targetEvents: 6_000,
      eventsPerYear: 4_000,
      assessedUnits: 30,
      seed: 11,
    });
    const events = new SqliteEventStore({ file });
    reads = new SqliteReadStore({ directory: dir });
    const runner = new ProjectionRunner(ALL_PROJECTIONS, events, reads, pino({ level: 'silent' }));
    await runner.start();
    expect(await runner.waitFor(await events.lastPosition(), 60_000)).toBe(true);
    await runner.stop();
    await events.close();
    const generations = new Map<string, string | null>();
    for (const projection of ASSESSMENT_PROJECTIONS) {
      generations.set(projection.name, await reads.resolveAlias(generationAlias(projection)));
    }
    source = new GenerationReads(reads, generations);
  }, 120_000);

  afterAll(async () => {
    await reads.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads every collection page by page, in _id order, exactly as in one read', async () => {
    const whole = await loadYearData(source, YEAR);
    const paged = new Map<YearCollection, { _id: string }[]>();
    let pages = 0;
    const schemeDoc = await readYear(
      source,
      YEAR,
      (collection, docs) => paged.set(collection, [...(paged.get(collection) ?? []), ...docs]),
      { size: 7, between: async () => void pages++ },
    );
    expect(schemeDoc).toEqual(whole.schemeDoc);
    const { finalization } = whole.data;
    const documents = (collection: YearCollection) =>
      collection === 'finalization'
        ? finalization
          ? [finalization]
          : []
        : (whole.data[collection] ?? []);
    let turns = 0;
    for (const collection of YEAR_COLLECTIONS) {
      expect({ collection, docs: paged.get(collection) ?? [] }).toEqual({
        collection,
        docs: documents(collection),
      });
      turns += Math.floor(documents(collection).length / 7);
    }
    expect(whole.data.hazards.length).toBeGreaterThan(7 * 3);
    // The event loop turns between two pages: a collection of n documents is read in n ÷ 7 + 1.
    expect(pages).toBe(turns);
  });

  it('answers the league table, quarters and escalations in slices exactly as at once', async () => {
    const { data, scheme, schemeDoc } = await loadYearData(source, YEAR);
    const viewOf = (index: YearIndex): YearView => ({
      index,
      facts: new UnitFacts(index),
      scheme,
      schemeDoc,
    });
    const paged = YearIndex.empty(YEAR);
    await readYear(source, YEAR, (collection, docs) => paged.load(collection, docs), {
      size: 5,
      between: async () => undefined,
    });
    const atOnce = viewOf(new YearIndex(data));
    const sliced = viewOf(paged);
    const summary = runAtOnce(summarise(YEAR, atOnce, NOW));
    expect(summary.answer.results.length).toBeGreaterThan(10);

    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    try {
      expect(await runInSlices(summarise(YEAR, sliced, NOW), 0)).toEqual(summary);
    } finally {
      counting = false;
    }
    // Every unit is a step: in slices of 0 ms, the event loop turns after each of them.
    expect(turns).toBeGreaterThanOrEqual(summary.answer.results.length);
    expect(await runInSlices(yearQuarters(sliced, NOW, null), 0)).toEqual(
      runAtOnce(yearQuarters(atOnce, NOW, null)),
    );
    expect(await runInSlices(yearEscalations(sliced, null, NOW), 0)).toEqual(
      runAtOnce(yearEscalations(atOnce, null, NOW)),
    );
  });
});
