import { Agent } from 'node:http';
import { useTestApp } from './support/api';
import { district, seedTree } from './support/tree';

describe('failed authentications from a flooding client', () => {
  const api = useTestApp({ MAX_FAILED_AUTH_PER_MINUTE: '5' });
  let userToken: string;
  beforeAll(async () => {
    // Listening on one loopback address, the service sees each client's own source address.
    await api.t.app.listen(0, '127.0.0.1');
    await seedTree(api, [district('D', '区')]);
    userToken = await api.userToken('u-auditor', 'auditor', 'D');
  });

  /** The loopback addresses requests are sent from, so the service sees distinct clients. */
  const clients = new Map<string, Agent>();
  const from = (address: string) => {
    if (!clients.has(address)) clients.set(address, new Agent({ localAddress: address }));
    return clients.get(address)!;
  };

  /** A GET from a given loopback address, as `token` (without Authorization if undefined). */
  const get = async (address: string, token: string | undefined) => {
    const request =
      token === undefined ? api.t.http().get('/api/v1/units/D') : api.as(token).get('/units/D');
    const response = await request.agent(from(address));
    return {
      status: response.status,
      retryAfter: response.headers['retry-after'] as string | undefined,
      type: response.status === 200 ? undefined : (response.body.type as string),
    };
  };

  const flooder = '127.0.0.1';
  const neighbour = '127.0.0.2';
  const guessed = 'guessed-token-guessed-token';

  it('limits the invalid attempts, never a valid token', async () => {
    for (let i = 0; i < 5; i++) expect((await get(flooder, guessed)).status).toBe(401);

    const limited = await get(flooder, guessed);
    expect(limited).toMatchObject({ status: 429, type: expect.stringMatching(/too_many_failed/) });
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    expect((await get(flooder, 'another-guess-another-guess')).status).toBe(429);
    expect((await get(flooder, undefined)).status).toBe(429);

    expect((await get(flooder, api.token)).status).toBe(200);
    expect((await get(flooder, userToken)).status).toBe(200);
    expect((await get(flooder, api.token)).status).toBe(200);
  });

  it('limits a failing credential wherever it comes from, and only the flooding client', async () => {
    const elsewhere = await get(neighbour, guessed);
    expect(elsewhere.status).toBe(429);
    expect(Number(elsewhere.retryAfter)).toBeGreaterThan(0);
    expect((await get(neighbour, 'own-mistyped-token-0000')).status).toBe(401);
    expect((await get(neighbour, api.token)).status).toBe(200);
  });

  it('counts a token that was known until its user was revoked as failing at once', async () => {
    const token = await api.userToken('u-leaving', 'auditor', 'D');
    const third = '127.0.0.3';
    expect((await get(third, token)).status).toBe(200); // known from here on (token cache)
    await api.write('/users/u-leaving/revocation', {}, 200);
    for (let i = 0; i < 5; i++) expect((await get(third, token)).status).toBe(401);
    expect(await get(third, token)).toMatchObject({ status: 429 });
  });
});
