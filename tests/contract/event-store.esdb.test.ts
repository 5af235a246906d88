import { EsdbEventStore } from '../../src/infrastructure/event-store/esdb/esdb-event-store';
import { describeEventStoreContract } from './event-store.contract';

/**
 * The shared EventStore contract against EventStoreDB / KurrentDB, when EVENTSTORE_URL names one
 * (e.g. `esdb://localhost:2113?tls=false`; `docker compose up eventstore` starts a suitable node).
 * Use a dedicated database: the integrity checks read the whole of `$all`. Every test writes to
 * streams with a fresh random suffix. Events in ESDB cannot be altered in place, so there is no
 * `tamper`: the suite checks tamper detection through the verifier on a forged view instead.
 */
const url = process.env.EVENTSTORE_URL?.trim();

if (url) {
  describeEventStoreContract('esdb', async ({ upcasters }) => {
    const store = EsdbEventStore.connect(url, {
      upcasters,
      resubscribeBackoff: { initialMs: 50, maxMs: 1000 },
    });
    return { store, cleanup: () => store.close() };
  });
} else {
  // The title is the reason: tests/support/skip-reasons-reporter.js prints it.
  describe('EventStore contract: esdb', () => {
    it.skip('EventStoreDB contract suite: EVENTSTORE_URL is not set', () => undefined);
  });
}
