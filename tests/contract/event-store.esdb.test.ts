import { EsdbEventStore } from '../../src/infrastructure/event-store/esdb/esdb-event-store';
import { describeEventStoreContract } from './event-store.contract';

/**
 * The shared EventStore contract against EventStoreDB / KurrentDB, when EVENTSTORE_URL names one
 * (`docker compose --profile test run --build --rm test` runs it against the compose
 * `eventstore-test`; from the host use `esdb://localhost:2114?tls=false`). Never the app's own node:
 * the integrity checks read the whole of `$all` and forge an anchor. Every test writes to
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
