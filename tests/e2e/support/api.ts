import type { Response, Test } from 'supertest';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../harness';
import { contractOf } from './contract';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

const PROBLEM = 'application/problem+json';

/** A POST that must be refused: its path, its body and the status it must answer. */
export type Refusal = readonly [path: string, body: unknown, status: number];

/** What an Api sends its requests to: a TestApp in this process, or a service at a URL. */
export type HttpTarget = Pick<TestApp, 'http'>;

/**
 * The HTTP API of a test application under /api/v1, as one user (the bootstrap admin unless told).
 * Its members are bound, so a test may take the ones it uses: `const { post, get } = api`.
 */
export class Api<T extends HttpTarget = TestApp> {
  constructor(
    private readonly app: () => T,
    readonly token: string = ADMIN_TOKEN,
    private readonly progress = { last: 0 },
  ) {}

  get t(): T {
    return this.app();
  }

  /** The position of the last write through `write` (by any user): `read` waits for it. */
  get last(): number {
    return this.progress.last;
  }
  set last(position: number) {
    this.progress.last = position;
  }

  /** The same application as another user. */
  as = (token: string): Api<T> => new Api(this.app, token, this.progress);

  private auth = () => ({ Authorization: `Bearer ${this.token}` });

  /** Every answer is checked against the OpenAPI document (when the app runs in this process). */
  send = (method: Method, path: string, body?: unknown): Test => {
    const url = `/api/v1${path}`;
    const test = this.t.http()[method](url).set(this.auth());
    const app = (this.t as Partial<TestApp>).app;
    if (app) test.expect((response) => contractOf(app).check(method, url, response));
    return body === undefined ? test : test.send(body as object);
  };

  post = (path: string, body?: unknown): Test => this.send('post', path, body);
  put = (path: string, body?: unknown): Test => this.send('put', path, body);
  patch = (path: string, body?: unknown): Test => this.send('patch', path, body);
  get = (path: string): Test => this.send('get', path);

  /** A write that must answer `status`; its position, if any, is remembered for `read`. */
  write = async (path: string, body: unknown, status = 201, method: Method = 'post') => {
    const response = await this.send(method, path, body);
    if (response.status !== status) {
      const answer = `${response.status} ${JSON.stringify(response.body)}`;
      throw new Error(`${method.toUpperCase()} ${path}: expected ${status}, got ${answer}`);
    }
    if (typeof response.body?.position === 'number') {
      this.last = Math.max(this.last, response.body.position);
    }
    return response;
  };

  /** A read that waits for the projections to reach the last `write`, whatever it answers. */
  settled = (path: string): Test =>
    this.get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${this.last}`);

  /** A read that waits for the projections to reach the last `write`, and must answer `status`. */
  read = (path: string, status = 200): Test => this.settled(path).expect(status);

  /** GET /health (outside /api/v1, without a token), whatever it answers. */
  health = (): Test => this.t.http().get('/health');

  /** The event store's last position, from /health: a refused request must leave it unchanged. */
  eventCount = async (): Promise<number> =>
    (await this.health().expect(200)).body.eventStore.lastPosition as number;

  /**
   * Each POST must be refused with its status as problem+json, and together they must record
   * nothing. A mismatch names every refusal that answered otherwise.
   */
  refuses = async (refusals: readonly Refusal[]): Promise<void> => {
    const before = await this.eventCount();
    const answered = [];
    for (const [path, body] of refusals) {
      const response = await this.post(path, body);
      const type = String(response.headers['content-type'] ?? '');
      answered.push({ path, body, status: response.status, problem: type.startsWith(PROBLEM) });
    }
    const expected = refusals.map(([path, body, status]) => ({
      path,
      body,
      status,
      problem: true,
    }));
    expect(answered).toEqual(expected);
    expect(await this.eventCount()).toBe(before);
  };

  /** Registers a user and returns its token. */
  userToken = async (id: string, role: string, scopeUnitId: string): Promise<string> =>
    (await this.write('/users', { id, name: id, role, scopeUnitId })).body.token as string;
}

/**
 * The application for the tests of a describe block: started before them on fresh stores and
 * closed after them. Its hooks come first, so a `beforeAll` declared after this call can seed it.
 */
export function useTestApp(...start: Parameters<typeof startTestApp>): Api {
  let current: TestApp | undefined;
  beforeAll(async () => {
    current = await startTestApp(...start);
  });
  afterAll(async () => current?.close());
  return new Api(() => {
    if (!current) throw new Error('the test application is not started yet (use it in a test)');
    return current;
  });
}

/** The fields that a 400 problem names, in its order. */
export const fieldsOf = (body: { errors?: Array<{ field: string }> }): string[] =>
  (body.errors ?? []).map((e) => e.field);

/** Asserts a problem+json answer of `status` (and problem `type`, without its urn prefix). */
export function expectProblem(response: Response, status: number, type?: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  if (type !== undefined) expect(response.body.type).toBe(`urn:safety:problem:${type}`);
}

/** A supertest parser that keeps a binary answer (a workbook) whole, as one Buffer. */
export const asBuffer: Parameters<Test['parse']>[0] = (res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
