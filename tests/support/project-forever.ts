/** Runs every projection over the stores in DATA_DIR and prints each live position (for crash tests). */
import pino from 'pino';
import { ALL_PROJECTIONS } from '../../projections';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { ProjectionRunner } from '../../src/infrastructure/projections/projection-runner';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';

const dataDir = process.argv[2];
const events = new SqliteEventStore({ file: `${dataDir}/events.db` });
const reads = new SqliteReadStore({ directory: dataDir });
const runner = new ProjectionRunner(ALL_PROJECTIONS, events, reads, pino({ level: 'silent' }), {
  batchSize: 5,
  leaseTtlMs: 2000,
});

void runner.start().then(() => {
  setInterval(() => {
    process.stdout.write(
      `positions ${runner
        .progress()
        .map((s) => s.position)
        .join(' ')}\n`,
    );
  }, 2).unref();
  setInterval(() => undefined, 1000);
});
