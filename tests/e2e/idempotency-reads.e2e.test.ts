import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { ADMIN_TOKEN, startTestApp, type TestApp } from './harness';

const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };

describe("an Idempotency-Key's stream", () => {
  let t: TestApp;
  let keyReads: string[];
  beforeAll(async () => {
    t = await startTestApp();
    const store = t.app.get<EventStore>(EVENT_STORE);
    const readStream = store.readStream.bind(store);
    keyReads = [];
    jest.spyOn(store, 'readStream').mockImplementation((streamId, ...rest) => {
      if (streamId.startsWith('idempotency-')) keyReads.push(streamId);
      return readStream(streamId, ...rest);
    });
  });
  afterAll(async () => t.close());

  const send = () =>
    t
      .http()
      .post('/api/v1/units')
      .set(admin)
      .set('Idempotency-Key', 'k-once')
      .send({ id: 'D', name: '示范区', kind: 'district' });

  it('is read once, under the claim, by the first request and by a repeat', async () => {
    await send().expect(201);
    expect(keyReads).toHaveLength(1);

    const repeat = await send().expect(201);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(keyReads).toHaveLength(2);
    expect(new Set(keyReads).size).toBe(1);
  });
});
