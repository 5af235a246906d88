import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { useTestApp } from './support/api';
import { seedDistrict } from './support/district-fixture';

interface Envelope {
  streamId: string;
  id: string;
  revision: number;
  position: number;
}

/**
 * The audit trail loads each listed event from its stream at its revision, never from `$all` at
 * `position - 1`: positions need not be consecutive integers (EventStoreDB's are byte offsets, and
 * a position inside a log record is refused by the server).
 */
describe('the audit trail loads its events by stream revision', () => {
  const api = useTestApp();

  beforeAll(async () => {
    await seedDistrict(api);
  }, 60_000);

  it('lists the stored events without reading $all one event at a time', async () => {
    const store = api.t.app.get<EventStore>(EVENT_STORE);
    const readAll = jest.spyOn(store, 'readAll');
    try {
      const page = await api.get('/audit/events').query({ limit: 50 }).expect(200);
      const items = page.body.items as Envelope[];
      expect(items.length).toBeGreaterThan(10);
      for (const item of items.slice(0, 10)) {
        const [stored] = await store.readStream(item.streamId, { fromRevision: item.revision });
        expect({ id: item.id, position: item.position }).toEqual({
          id: stored.id,
          position: stored.position,
        });
      }
      const singleEventReads = readAll.mock.calls.filter(([, options]) => options?.limit === 1);
      expect(singleEventReads).toEqual([]);
    } finally {
      readAll.mockRestore();
    }
  });
});
