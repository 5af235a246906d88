import { createHash, randomUUID } from 'node:crypto';
import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { type Api, useTestApp } from './support/api';
import { district, seedTree } from './support/tree';

/**
 * The ids the system acts under (the bootstrap admin, scheduled work, the CLI, the demo, an
 * unauthenticated caller) are not user ids: a user taking one would read as the system in the
 * audit trail and, before Idempotency-Keys were scoped by kind of actor, share its keys.
 */
describe('identities reserved for the system', () => {
  const api = useTestApp();

  let office: Api;

  beforeAll(async () => {
    await seedTree(api, [district('D')]);
    office = api.as(await api.userToken('office-d', 'office', 'D'));
  });

  it.each(['bootstrap-admin', 'system', 'cli', 'demo', 'anonymous', 'Bootstrap-Admin', 'SYSTEM'])(
    'refuses a user with the id %s',
    async (id) => {
      const refused = await office
        .post('/users', { id, name: '冒名', role: 'office', scopeUnitId: 'D' })
        .expect(422);
      expect(refused.body.type).toBe('urn:safety:problem:reserved_user_id');
      expect(refused.body.errors).toEqual([{ field: 'id', message: expect.any(String) }]);
      await api.get(`/users/${id}`).expect(404);
    },
  );

  it('never replays the bootstrap admin’s answer to a user holding its id', async () => {
    const body = { id: 'office-2', name: '安委办 二', role: 'office', scopeUnitId: 'D' };
    const first = await api
      .post('/users')
      .set('Idempotency-Key', 'admin-key')
      .send(body)
      .expect(201);
    expect(first.body.token).toEqual(expect.any(String));

    // A user that took the admin's id before ids were reserved (written as an older release did).
    const impostorToken = 'impostor-token-0123456789abcdef0123456789';
    const tokenHash = createHash('sha256').update(impostorToken).digest('hex');
    const store = api.t.app.get<EventStore>(EVENT_STORE);
    const metadata = { actorId: 'office-d', actorRole: 'office', requestId: 'legacy' };
    await store.append(
      'user-bootstrap-admin',
      [
        {
          id: randomUUID(),
          type: 'UserRegistered',
          data: {
            id: 'bootstrap-admin',
            name: '冒名',
            role: 'office',
            scopeUnitId: 'D',
            tokenHash,
          },
          metadata,
        },
      ],
      'no_stream',
    );
    await store.append(
      `usertoken-${tokenHash}`,
      [
        {
          id: randomUUID(),
          type: 'UserTokenIssued',
          data: { userId: 'bootstrap-admin', issuedAt: new Date().toISOString() },
          metadata,
        },
      ],
      'no_stream',
    );

    const replay = await api
      .as(impostorToken)
      .post('/users', body)
      .set('Idempotency-Key', 'admin-key');
    expect(replay.headers['idempotent-replayed']).toBeUndefined();
    expect(JSON.stringify(replay.body)).not.toContain(first.body.token);
  });
});
