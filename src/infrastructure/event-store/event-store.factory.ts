import { join } from 'node:path';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/app-config';
import type { EventStore } from './event-store.port';
import { SqliteEventStore } from './sqlite/sqlite-event-store';
import { upcasters } from './upcasting/upcasters';

/**
 * Picks the adapter named by the configuration. `reader`: a store this thread only reads (it
 * leaves checkpointing the SQLite log to the stores that append).
 */
export async function createEventStore(
  config: AppConfig,
  logger: Logger,
  { reader = false }: { reader?: boolean } = {},
): Promise<EventStore> {
  if (config.eventStore === 'esdb') {
    const { EsdbEventStore } = await import('./esdb/esdb-event-store');
    return EsdbEventStore.connect(config.eventStoreUrl!, {
      upcasters,
      logger: logger.child({ component: 'esdb' }),
    });
  }
  return new SqliteEventStore({
    file: join(config.dataDir, 'events.db'),
    upcasters,
    synchronous: config.sqliteSynchronous,
    backgroundCheckpoint: !reader,
  });
}
