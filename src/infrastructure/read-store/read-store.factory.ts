import type { AppConfig } from '../../config/app-config';
import type { ReadStore } from './read-store.port';
import { SqliteReadStore } from './sqlite/sqlite-read-store';

/** Picks the adapter named by the configuration. */
export async function createReadStore(config: AppConfig): Promise<ReadStore> {
  if (config.readStore === 'mongodb') {
    const { MongoReadStore } = await import('./mongodb/mongodb-read-store');
    return MongoReadStore.connect(config.mongodbUrl!);
  }
  return new SqliteReadStore({
    directory: config.dataDir,
    synchronous: config.sqliteSynchronous,
    backgroundCheckpoint: true,
  });
}
