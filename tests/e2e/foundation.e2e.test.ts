import { ADMIN_TOKEN, startTestApp, type TestApp } from './harness';

describe('the service foundation over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('reports each store on /health', async () => {
    const response = await t.http().get('/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      eventStore: { ok: true, adapter: 'sqlite' },
    });
  });

  it('answers an unknown route with a problem+json 404', async () => {
    const response = await t.http().get('/api/v1/nowhere').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, title: 'Not Found' });
    expect(response.body.type).toEqual(expect.any(String));
    expect(response.body.detail).toEqual(expect.any(String));
  });

  it('sets security headers and a request id, and no x-powered-by', async () => {
    const response = await t.http().get('/health').set('X-Request-Id', 'abc-123');
    expect(response.headers['x-request-id']).toBe('abc-123');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('hostile bodies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('answers a deeply nested body with 400, not a crash', async () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const response = await t
      .http()
      .post('/api/v1/units')
      .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
      .set('Content-Type', 'application/json')
      .send(`{"name": ${deep}}`)
      .expect(400);
    expect(response.body.detail).toMatch(/nested deeper/);
  });

  it('answers a body over 1 MiB with 400', async () => {
    const response = await t
      .http()
      .post('/api/v1/units')
      .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
      .send({ name: 'x'.repeat(1_100_000), kind: 'town' })
      .expect(400);
    expect(response.body.type).toMatch(/body_too_large/);
  });
});

describe('failed authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ MAX_FAILED_AUTH_PER_MINUTE: '5' });
  });
  afterAll(async () => t.close());

  it('is rate limited per client with 429 and Retry-After while health stays available', async () => {
    for (let i = 0; i < 5; i++) {
      await t
        .http()
        .get('/api/v1/units/X')
        .set('Authorization', 'Bearer wrong-token-wrong-token')
        .expect(401);
    }
    const limited = await t
      .http()
      .get('/api/v1/units/X')
      .set('Authorization', 'Bearer wrong-token-wrong-token')
      .expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.type).toMatch(/too_many_failed_authentications/);
    await t.http().get('/health').expect(200);
  });
});
