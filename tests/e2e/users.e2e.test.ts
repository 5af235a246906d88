import { ADMIN_TOKEN, startTestApp, type TestApp } from './harness';

describe('users and tokens over HTTP', () => {
  let t: TestApp;
  const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };
  beforeAll(async () => {
    t = await startTestApp();
    await t
      .http()
      .post('/api/v1/units')
      .set(admin)
      .send({ id: 'D1', name: '示范区', kind: 'district' })
      .expect(201);
  });
  afterAll(async () => t.close());

  it('issues a token once, stores only its hash, and accepts it until revoked', async () => {
    const created = await t
      .http()
      .post('/api/v1/users')
      .set(admin)
      .send({ id: 'office-1', name: '安委办 王五', role: 'office', scopeUnitId: 'D1' })
      .expect(201);
    expect(created.body).toMatchObject({
      id: 'office-1',
      role: 'office',
      scopeUnitId: 'D1',
      revoked: false,
    });
    const token: string = created.body.token;
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(32);

    const audit = await t.http().get('/api/v1/users/office-1').set(admin).expect(200);
    expect(audit.body.token).toBeUndefined();
    expect(JSON.stringify(audit.body)).not.toContain(token);

    const asUser = { Authorization: `Bearer ${token}` };
    await t.http().get('/api/v1/units/D1').set(asUser).expect(200);

    const replay = await t
      .http()
      .post('/api/v1/users')
      .set(admin)
      .send({ id: 'office-1', name: '安委办 王五', role: 'office', scopeUnitId: 'D1' })
      .expect(201);
    expect(replay.body.token).toBeUndefined();

    await t
      .http()
      .post('/api/v1/users/office-1/revocation')
      .set(admin)
      .send({ reason: '调离' })
      .expect(200);
    await t.http().get('/api/v1/units/D1').set(asUser).expect(401);
    await t.http().post('/api/v1/users/office-1/revocation').set(admin).send({}).expect(409);
  });

  it('refuses an unknown role, an unknown scope unit and an unknown user', async () => {
    await t
      .http()
      .post('/api/v1/users')
      .set(admin)
      .send({ name: 'x', role: 'king', scopeUnitId: 'D1' })
      .expect(400);
    await t
      .http()
      .post('/api/v1/users')
      .set(admin)
      .send({ name: 'x', role: 'auditor', scopeUnitId: 'NOPE' })
      .expect(422);
    await t.http().post('/api/v1/users/nobody/revocation').set(admin).send({}).expect(404);
  });
});
