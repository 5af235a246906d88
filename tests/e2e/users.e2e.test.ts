import { useTestApp } from './support/api';
import { district, seedTree } from './support/tree';

describe('users and tokens over HTTP', () => {
  const api = useTestApp();

  beforeAll(async () => {
    await seedTree(api, [district('D1')]);
  });

  it('issues a token once, stores only its hash, and accepts it until revoked', async () => {
    const created = await api
      .post('/users', { id: 'office-1', name: '安委办 王五', role: 'office', scopeUnitId: 'D1' })
      .expect(201);
    expect(created.body).toMatchObject({
      id: 'office-1',
      role: 'office',
      scopeUnitId: 'D1',
      revoked: false,
    });
    const token: string = created.body.token;
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(32);

    const audit = await api.get('/users/office-1').expect(200);
    expect(audit.body.token).toBeUndefined();
    expect(JSON.stringify(audit.body)).not.toContain(token);

    const asUser = api.as(token);
    await asUser.get('/units/D1').expect(200);

    const replay = await api
      .post('/users', { id: 'office-1', name: '安委办 王五', role: 'office', scopeUnitId: 'D1' })
      .expect(201);
    expect(replay.body.token).toBeUndefined();

    await api.post('/users/office-1/revocation', { reason: '调离' }).expect(200);
    await asUser.get('/units/D1').expect(401);
    await api.post('/users/office-1/revocation', {}).expect(409);
  });

  it('refuses an unknown role, an unknown scope unit and an unknown user', async () => {
    await api.post('/users', { name: 'x', role: 'king', scopeUnitId: 'D1' }).expect(400);
    await api.post('/users', { name: 'x', role: 'auditor', scopeUnitId: 'NOPE' }).expect(422);
    await api.post('/users/nobody/revocation', {}).expect(404);
  });
});
