import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { MongoReadStore } from '../../src/infrastructure/read-store/mongodb/mongodb-read-store';
import { describeReadStoreContract } from './read-store.contract';

/**
 * The shared ReadStore contract against MongoDB, when MONGODB_URL names a replica set (transactions
 * need one): `docker compose --profile test run --build --rm test` runs it against the compose `mongo-test`; from
 * the host use `mongodb://localhost:27018/contract?directConnection=true` (the member advertises a
 * name only the compose network resolves). Each run uses a fresh database and drops it.
 */
const url = process.env.MONGODB_URL;

if (url) {
  describeReadStoreContract('MongoDB', async () => {
    const dbName = `read_store_contract_${randomBytes(4).toString('hex')}`;
    const store = await MongoReadStore.connect(url, dbName);
    return {
      store,
      async cleanup() {
        await store.close();
        const client = await new MongoClient(url).connect();
        await client.db(dbName).dropDatabase();
        await client.close();
      },
    };
  });
} else {
  // The title is the reason: tests/support/skip-reasons-reporter.js prints it.
  describe('ReadStore contract: MongoDB', () => {
    it.skip('MongoDB contract suite: MONGODB_URL is not set (needs a MongoDB replica set)', () =>
      undefined);
  });
}
