import { startTestApp, type TestApp } from './harness';

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
