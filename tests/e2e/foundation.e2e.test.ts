import { expectProblem, useTestApp } from './support/api';

describe('the service foundation over HTTP', () => {
  const api = useTestApp();

  it('reports each store on /health', async () => {
    const response = await api.health().expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      eventStore: { ok: true, adapter: 'sqlite' },
    });
  });

  it('answers an unknown route with a problem+json 404', async () => {
    // Without a token: the router answers before any authentication.
    const response = await api.t.http().get('/api/v1/nowhere');
    expectProblem(response, 404);
    expect(response.body).toMatchObject({ status: 404, title: 'Not Found' });
    expect(response.body.type).toEqual(expect.any(String));
    expect(response.body.detail).toEqual(expect.any(String));
  });

  it('sets security headers and a request id, and no x-powered-by', async () => {
    const response = await api.health().set('X-Request-Id', 'abc-123');
    expect(response.headers['x-request-id']).toBe('abc-123');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('hostile bodies', () => {
  const { post } = useTestApp();

  it('answers a deeply nested body with 400, not a crash', async () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const response = await post('/units')
      .set('Content-Type', 'application/json')
      .send(`{"name": ${deep}}`)
      .expect(400);
    expect(response.body.detail).toMatch(/nested deeper/);
  });

  it('answers a body over 1 MiB with 400', async () => {
    const response = await post('/units', { name: 'x'.repeat(1_100_000), kind: 'town' });
    expectProblem(response, 400, 'body_too_large');
  });
});

describe('failed authentication', () => {
  const api = useTestApp({ MAX_FAILED_AUTH_PER_MINUTE: '5' });
  const guess = api.as('wrong-token-wrong-token');

  it('is rate limited per client with 429 and Retry-After while health stays available', async () => {
    for (let i = 0; i < 5; i++) await guess.get('/units/X').expect(401);
    const limited = await guess.get('/units/X');
    expectProblem(limited, 429, 'too_many_failed_authentications');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await api.health().expect(200);
  });
});
