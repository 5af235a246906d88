/**
 * The live assessment follows the read models document by document (live-year.ts): after every
 * batch of writes its answer must be exactly what a fresh reader computes from the read store,
 * explanations included, both on the instance that projects and on one that only reads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { generateStore } from '../../bench/data/generate';
import { SMALL_CITY as TINY } from './tiny-trees';
import { ALL_PROJECTIONS } from '../../projections';
import type { RecordedEvent } from '../../src/infrastructure/event-store/event-store.port';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { ProjectionRunner } from '../../src/infrastructure/projections/projection-runner';
import { ReadModels } from '../../src/infrastructure/projections/read-models';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';
import { AsOfReader } from '../../src/modules/as-of/as-of-reader';
import { AssessmentReader } from '../../src/modules/assessment/queries/assessment-reader';
import { LiveYear } from '../../src/modules/assessment/queries/live-year';
import type { YearAssessment } from '../../src/modules/assessment/queries/year-answer';

const logger = pino({ level: 'silent' });

describe('live assessment years, followed event by event', () => {
  let dir: string;
  let source: RecordedEvent[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'live-year-'));
    const file = join(dir, 'source.db');
    await generateStore({
      file,
      size: TINY,
      targetEvents: 8_000,
      eventsPerYear: 4_000,
      assessedUnits: 30,
      seed: 6,
    });
    const store = new SqliteEventStore({ file });
    source = [];
    for (let batch = await store.readAll(0); batch.length > 0;) {
      source.push(...batch);
      batch = await store.readAll(batch[batch.length - 1].position);
    }
    await store.close();
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers after each batch of writes exactly as a fresh computation, on every instance', async () => {
    const events = new SqliteEventStore({ file: join(dir, 'events.db') });
    const reads = new SqliteReadStore({ directory: dir });
    const runner = new ProjectionRunner(ALL_PROJECTIONS, events, reads, logger);
    // A second instance: it does not project, its positions come from the read store.
    const other = new ProjectionRunner(ALL_PROJECTIONS, events, reads, logger);
    const readerOf = (r: ProjectionRunner) =>
      new AssessmentReader(new ReadModels(reads, r), r, reads, new AsOfReader(events));
    const loads = jest.spyOn(LiveYear.prototype as never, 'load');
    await runner.start();
    try {
      const projecting = readerOf(runner);
      const reading = readerOf(other);
      const closed = new Date('2026-01-20T00:00:00Z');
      const running = new Date('2025-09-01T00:00:00Z');
      let next = 0;
      let changes = 0;
      let previous: YearAssessment | null = null;
      // A big first batch, then batches of every size down to single events.
      for (const size of [3_000, 1, 2, 5, 40, 300, 1, 900, 7, 150, 2_000, 60, 1, 5_000]) {
        const batch = source.slice(next, next + size);
        next += batch.length;
        let position = 0;
        for (const event of batch) {
          position = (
            await events.append(
              event.streamId,
              [
                {
                  id: event.id,
                  type: event.type,
                  schemaVersion: event.schemaVersion,
                  data: event.data,
                  metadata: {
                    actorId: event.metadata.actorId,
                    actorRole: event.metadata.actorRole,
                    requestId: event.metadata.requestId,
                  },
                },
              ],
              'any',
            )
          ).position;
        }
        expect(await runner.waitFor(position, 20_000)).toBe(true);
        for (const [year, now] of [
          [2025, closed],
          [2025, running],
          [2024, closed],
        ] as const) {
          const fresh = await readerOf(runner).year(year, { now });
          expect(await projecting.year(year, { now })).toEqual(fresh);
          expect(await reading.year(year, { now })).toEqual(fresh);
          if (year === 2025 && now === closed) {
            if (previous && JSON.stringify(previous) !== JSON.stringify(fresh)) changes++;
            previous = fresh;
          }
        }
      }
      expect(next).toBe(source.length);
      expect(previous!.results.length).toBeGreaterThan(10);
      // The batches did change the answer, and the long-lived readers followed the events
      // instead of reading each year again: two instances × two years, loaded once each, and one
      // load per fresh reader.
      expect(changes).toBeGreaterThan(5);
      expect(loads).toHaveBeenCalledTimes(2 * 2 + 14 * 3);
    } finally {
      loads.mockRestore();
      await runner.stop();
      await events.close();
      await reads.close();
    }
  }, 180_000);
});
