import { useTestApp } from './support/api';
import { district, enterprise, town } from './support/tree';

describe('units over HTTP', () => {
  const api = useTestApp();
  const { post, eventCount } = api;

  it('registers a district, a town and an enterprise, and appoints leaders', async () => {
    await post('/units', district('D1')).expect(201);
    const registered = await post('/units', town('T1', 'D1', '城关镇')).expect(201);
    expect(registered.body).toMatchObject({
      id: 'T1',
      kind: 'town',
      parentId: 'D1',
      position: expect.any(Number),
    });
    await post('/units', enterprise('E1', 'T1', 'hazardous_chemicals', '某化工有限公司')).expect(
      201,
    );
    const appointed = await post('/units/T1/appointments', {
      personId: 'P1',
      personName: '张三',
      post: 'party_secretary',
      from: '2025-01-01T00:00:00+08:00',
    }).expect(200);
    expect(appointed.body.posts).toEqual([
      {
        personId: 'P1',
        personName: '张三',
        post: 'party_secretary',
        postLabel: '党委书记',
        from: '2024-12-31T16:00:00.000Z',
        to: null,
        portfolioIndustries: [],
        portfolioIndustriesLabels: [],
      },
    ]);
    const ended = await post('/units/T1/appointments/P1/end', {
      post: 'party_secretary',
      to: '2025-06-30T00:00:00+08:00',
    }).expect(200);
    expect(ended.body.posts[0].to).toBe('2025-06-29T16:00:00.000Z');
    const fetched = await api.get('/units/T1').expect(200);
    expect(fetched.body.posts).toHaveLength(1);
    await api
      .put('/units/D1/statistics/2025', { gdp100mYuan: 512.3, motorVehicles: 120000 })
      .expect(200);
  });

  it('replays a repeated create with the same id and body, and refuses a different body', async () => {
    const before = await eventCount();
    const again = await post('/units', { id: 'D1', name: '示范区', kind: 'district' }).expect(201);
    expect(again.body.id).toBe('D1');
    expect(await eventCount()).toBe(before);
    const conflict = await post('/units', { id: 'D1', name: '另一个区', kind: 'district' }).expect(
      409,
    );
    expect(conflict.body.type).toMatch(/duplicate_id/);
  });

  it('answers bad input with a problem listing each field, and records nothing', async () => {
    const before = await eventCount();
    const bad = await post('/units', { name: 5, kind: 'planet', colour: 'red' }).expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'kind', 'colour']));
    await post('/units', { id: 'X1', name: 'x'.repeat(201), kind: 'town' }).expect(400);
    await api.post('/units').set('Content-Type', 'application/json').send('{"name": ').expect(400);
    await post('/units', { id: 'X2', name: '孤儿镇', kind: 'town', parentId: 'NOPE' }).expect(422);
    await post('/units', { id: 'X3', name: '企业', kind: 'enterprise' }).expect(422);
    const appointment = (from: string) => ({
      personId: 'P9',
      personName: '李四',
      post: 'principal',
      from,
    });
    await post('/units/NOPE/appointments', appointment('2025-01-01T00:00:00Z')).expect(404);
    await post('/units/T1/appointments', appointment('2025-01-01')).expect(400);
    await post('/units/T1/appointments', appointment('2099-01-01T00:00:00Z')).expect(422);
    await api.put('/units/T1/statistics/1999', {}).expect(400);
    await api.put('/units/T1/statistics/2025', { motorVehicles: '12' }).expect(400);
    expect(await eventCount()).toBe(before);
  });

  it('refuses requests without a valid token', async () => {
    await api.t.http().post('/api/v1/units').send({ name: 'x', kind: 'town' }).expect(401);
    await api.t
      .http()
      .get('/api/v1/units/T1')
      .set({ Authorization: 'Bearer wrong-token-wrong-token' })
      .expect(401);
  });

  it('replays an Idempotency-Key request and refuses the key with another body', async () => {
    const first = await post('/units', { name: '新区', kind: 'park', parentId: 'D1' })
      .set('Idempotency-Key', 'k-1')
      .expect(201);
    const second = await post('/units', { name: '新区', kind: 'park', parentId: 'D1' })
      .set('Idempotency-Key', 'k-1')
      .expect(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    await post('/units', { name: '别的区', kind: 'park', parentId: 'D1' })
      .set('Idempotency-Key', 'k-1')
      .expect(409);
  });
});
