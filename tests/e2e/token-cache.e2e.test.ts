import { randomUUID } from 'node:crypto';
import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { upcasters } from '../../src/infrastructure/event-store/upcasting/upcasters';
import { useTestApp } from './support/api';
import { countStreamReads, type CountedReads } from './support/counted-reads';
import { seedTree, townTree } from './support/tree';

/**
 * A bearer token's user is read once and then known for TOKEN_RESOLUTION_TTL_MS; a revocation on
 * this instance refuses the token at once, one on another instance once that time has passed.
 * Reads are counted on the real store.
 */
describe('token resolution', () => {
  describe('with the default TTL', () => {
    const api = useTestApp();
    let reads: CountedReads;
    const getAs = (token: string) =>
      api.t.http().get('/api/v1/units/T1').set('Authorization', `Bearer ${token}`);

    beforeAll(async () => {
      await seedTree(api, townTree());
    });
    beforeEach(() => {
      reads = countStreamReads(api.t);
    });
    afterEach(() => reads.restore());

    it('reads a known token once, then answers its requests without reading it', async () => {
      const token = await api.userToken('u-known', 'office', 'T1');
      reads.reset();
      for (let i = 0; i < 3; i++) await getAs(token).expect(200);
      expect(reads.of('usertoken-')).toBe(1);
      expect(reads.of('user-u-known$')).toBe(1);
    });

    it('refuses a token at once when its user is revoked here, and reads each refused request', async () => {
      const token = await api.userToken('u-revoked', 'office', 'T1');
      await getAs(token).expect(200);
      await api.post('/users/u-revoked/revocation', { reason: '调离' }).expect(200);
      reads.reset();
      const refused = await getAs(token).expect(401);
      expect(refused.body.type).toMatch(/unauthenticated$/);
      await getAs(token).expect(401);
      expect(reads.of('usertoken-')).toBe(2); // a token that does not resolve is not kept
    });

    it('refuses the replaced token at once when a new one is issued here', async () => {
      const old = await api.userToken('u-reissued', 'office', 'T1');
      await getAs(old).expect(200);
      const issued = await api.post('/users/u-reissued/token', { reason: '遗失' }).expect(201);
      await getAs(old).expect(401);
      await getAs(issued.body.token as string).expect(200);
    });

    it('still counts failed authentications of a token no longer valid', async () => {
      const token = await api.userToken('u-failing', 'office', 'T1');
      await getAs(token).expect(200);
      await api.post('/users/u-failing/revocation', {}).expect(200);
      const failures = await Promise.all([getAs(token), getAs(token), getAs(token)]);
      expect(failures.map((r) => r.status)).toEqual([401, 401, 401]);
    });
  });

  describe('with a short TTL', () => {
    const api = useTestApp({ TOKEN_RESOLUTION_TTL_MS: '300' });
    let reads: CountedReads;

    beforeAll(async () => {
      await seedTree(api, townTree());
      reads = countStreamReads(api.t);
    });
    afterAll(() => reads.restore());

    it('reads the token again once the TTL passed, and so sees a revocation by another instance', async () => {
      const token = await api.userToken('u-elsewhere', 'office', 'T1');
      const getAs = () =>
        api.t.http().get('/api/v1/units/T1').set('Authorization', `Bearer ${token}`);
      await getAs().expect(200);
      // Another instance revokes the user: its executor, not this one's, writes the event.
      await api.t.app.get<EventStore>(EVENT_STORE).append(
        'user-u-elsewhere',
        [
          {
            id: randomUUID(),
            type: 'UserRevoked',
            schemaVersion: upcasters.currentVersion('UserRevoked'),
            data: { id: 'u-elsewhere', revokedAt: new Date().toISOString() },
            metadata: { actorId: 'admin-elsewhere', actorRole: 'admin', requestId: 'elsewhere' },
          },
        ],
        'stream_exists',
      );
      await new Promise((resolve) => setTimeout(resolve, 400));
      reads.reset();
      await getAs().expect(401);
      expect(reads.of('user-u-elsewhere$')).toBe(1);
    });
  });
});
