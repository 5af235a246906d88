import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN_TOKEN, startTestApp, type TestApp } from './harness';

interface Answer {
  status: number;
  retryAfter?: string;
  type?: string;
}

describe('failed authentications from a flooding client', () => {
  let t: TestApp;
  let port: number;
  let userToken: string;
  beforeAll(async () => {
    t = await startTestApp({ MAX_FAILED_AUTH_PER_MINUTE: '5' });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    const unit = await send('/api/v1/units', { id: 'D', name: '区', kind: 'district' });
    expect(unit.status).toBe(201);
    const user = await send('/api/v1/users', { name: '审计', role: 'auditor', scopeUnitId: 'D' });
    expect(user.status).toBe(201);
    userToken = (user.body as { token: string }).token;
  });
  afterAll(async () => t.close());

  const send = async (path: string, body: object) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  /** A GET from a given loopback address, so the service sees two distinct clients. */
  const get = (from: string, token: string | undefined) =>
    new Promise<Answer>((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/api/v1/units/D',
          localAddress: from,
          headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: response.statusCode ?? 0,
              retryAfter: response.headers['retry-after'],
              type: response.statusCode === 200 ? undefined : JSON.parse(text).type,
            });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    });

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

    expect((await get(flooder, ADMIN_TOKEN)).status).toBe(200);
    expect((await get(flooder, userToken)).status).toBe(200);
    expect((await get(flooder, ADMIN_TOKEN)).status).toBe(200);
  });

  it('limits a failing credential wherever it comes from, and only the flooding client', async () => {
    const elsewhere = await get(neighbour, guessed);
    expect(elsewhere.status).toBe(429);
    expect(Number(elsewhere.retryAfter)).toBeGreaterThan(0);
    expect((await get(neighbour, 'own-mistyped-token-0000')).status).toBe(401);
    expect((await get(neighbour, ADMIN_TOKEN)).status).toBe(200);
  });

  it('counts a token that was known until its user was revoked as failing at once', async () => {
    const user = await send('/api/v1/users', { name: '离任', role: 'auditor', scopeUnitId: 'D' });
    const token = (user.body as { id: string; token: string }).token;
    const id = (user.body as { id: string }).id;
    const third = '127.0.0.3';
    expect((await get(third, token)).status).toBe(200); // known from here on (token cache)
    expect((await send(`/api/v1/users/${id}/revocation`, {})).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await get(third, token)).status).toBe(401);
    expect(await get(third, token)).toMatchObject({ status: 429 });
  });
});
