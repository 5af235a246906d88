import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { ADMIN_TOKEN, startTestApp, type TestApp } from './harness';
import { Api } from './support/api';
import { district, seedTree } from './support/tree';

const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };

describe('an Idempotency-Key whose answer is larger than IDEMPOTENCY_MAX_ANSWER_BYTES', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ IDEMPOTENCY_MAX_ANSWER_BYTES: '256' });
    await seedTree(new Api(() => t), [district('D')]);
  });
  afterAll(async () => t.close());

  it('answers the first request in full, records its size only, and refuses to repeat it', async () => {
    const body = { id: 'T1', name: `镇${'名'.repeat(150)}`, kind: 'town', parentId: 'D' };
    const send = () =>
      t.http().post('/api/v1/units').set(admin).set('Idempotency-Key', 'big-1').send(body);
    const first = await send().expect(201);
    expect(first.body).toMatchObject({ id: 'T1', name: body.name });

    const events = t.app.get<EventStore>(EVENT_STORE);
    const recorded = (await events.readAll(0, { limit: 1000 })).filter((event) =>
      event.streamId.startsWith('idempotency-'),
    );
    expect(recorded).toHaveLength(1);
    expect(recorded[0].data).toMatchObject({ status: 201, body: null });
    expect((recorded[0].data as { bodyOmittedBytes: number }).bodyOmittedBytes).toBeGreaterThan(
      256,
    );

    const again = await send();
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toMatchObject({
      type: 'urn:safety:problem:idempotent_answer_not_kept',
      answeredStatus: 201,
    });
    expect(await events.readStream('unit-T1')).toHaveLength(1);
  });

  it('still replays answers within the limit', async () => {
    const body = { id: 'T2', name: '镇二', kind: 'town', parentId: 'D' };
    const send = () =>
      t.http().post('/api/v1/units').set(admin).set('Idempotency-Key', 'small-1').send(body);
    const first = await send().expect(201);
    const again = await send().expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
  });
});
