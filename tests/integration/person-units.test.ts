import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { unitsProjection } from '../../projections/units';
import { PersonUnits } from '../../src/modules/auth/person-units';
import { ProjectionsBehind } from '../../src/modules/auth/projection-at-head';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { ProjectionRunner } from '../../src/infrastructure/projections/projection-runner';
import { ReadModels } from '../../src/infrastructure/projections/read-models';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';

/**
 * A person's place is read from the units read model, which lags the write. Here a second
 * connection writes, so the projection runner only sees its events on its next poll (300 ms):
 * a person appointed just before the question must still be placed by that post.
 */
describe('placing a person by the posts they hold or held', () => {
  let dir: string;
  let events: SqliteEventStore;
  let writer: SqliteEventStore;
  let reads: SqliteReadStore;
  let runner: ProjectionRunner;
  let persons: PersonUnits;

  const append = async (streamId: string, type: string, data: object) =>
    (
      await writer.append(
        streamId,
        [
          {
            id: randomUUID(),
            type,
            data,
            metadata: { actorId: 'test', actorRole: 'admin', requestId: randomUUID() },
          },
        ],
        'any',
      )
    ).position;
  const register = (id: string, parentId?: string) =>
    append(`unit-${id}`, 'UnitRegistered', { id, name: id, kind: 'town', parentId });
  const appoint = (unitId: string, personId: string) =>
    append(`unit-${unitId}`, 'PersonAppointed', {
      unitId,
      personId,
      personName: personId,
      post: 'principal',
      from: '2025-01-01T00:00:00.000Z',
    });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'person-units-'));
    const file = join(dir, 'events.db');
    events = new SqliteEventStore({ file, pollIntervalMs: 300 });
    writer = new SqliteEventStore({ file });
    reads = new SqliteReadStore({ directory: dir });
    runner = new ProjectionRunner([unitsProjection], events, reads, pino({ level: 'silent' }));
    await runner.start();
    await register('D');
    await register('T1', 'D');
    const head = await register('T2', 'D');
    expect(await runner.waitFor(head, 5000)).toBe(true);
    persons = new PersonUnits(events, new ReadModels(reads, runner), runner);
  });
  afterEach(async () => {
    await runner.stop();
    await Promise.all([events.close(), writer.close(), reads.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('places a person appointed a moment ago outside another unit’s scope, not as unknown', async () => {
    await appoint('T2', 'P2');
    expect(await persons.placeOf('P2', 'T1')).toBe('outside');
    expect(await persons.placeOf('P2', 'T2')).toBe('within');
    expect(await persons.placeOf('P2', 'D')).toBe('within');
  });

  it('places a person appointed a moment ago within the scope of their unit', async () => {
    await appoint('T1', 'P1');
    expect(await persons.placeOf('P1', 'T1')).toBe('within');
  });

  it('leaves a person who never held a post as unknown', async () => {
    expect(await persons.placeOf('NOBODY', 'T1')).toBe('unknown');
  });

  it('gives up with ProjectionsBehind when the units read model stays behind', async () => {
    await runner.stop();
    await appoint('T2', 'P-late');
    await expect(persons.placeOf('P-late', 'T1')).rejects.toBeInstanceOf(ProjectionsBehind);
  }, 15_000);
});
