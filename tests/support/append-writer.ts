/**
 * A writer process for crash tests: appends batches of `BATCH` events, each batch to its own
 * stream `batch-<n>`, and prints `ack <n> <position>` after each append returns.
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';

const [file, batchSizeArg] = process.argv.slice(2);
const batchSize = Number(batchSizeArg ?? 100);
const store = new SqliteEventStore({ file });

async function main(): Promise<void> {
  for (let n = 0; ; n++) {
    const events = Array.from({ length: batchSize }, (_, i) => ({
      id: randomUUID(),
      type: 'LoadTick',
      data: { n, i, padding: 'x'.repeat(200) },
      metadata: { actorId: 'writer', actorRole: 'admin', requestId: `r-${n}` },
    }));
    const result = await store.append(`batch-${process.pid}-${n}`, events, 'no_stream');
    process.stdout.write(`ack ${n} ${result.position}\n`);
  }
}

void main();
