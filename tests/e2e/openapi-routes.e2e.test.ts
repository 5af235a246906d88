import { Controller, Get, Module, type Type } from '@nestjs/common';
import { CONTEXT_MODULES } from '../../src/app.module';
import { DEFAULT_SCHEME } from '../../src/domain/assessment';
import { expressRoutes } from '../../src/infrastructure/http/route-order';
import { AgreementsController } from '../../src/modules/agreements/agreements.controller';
import { AgreementsQueryController } from '../../src/modules/agreements/agreements.query-controller';
import { startTestApp } from './harness';
import { Api, expectProblem } from './support/api';
import { untilFirstChunk } from './support/sse';

interface Operation {
  tags?: string[];
  requestBody?: { description?: string; content: Record<string, { example?: unknown }> };
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
  tags: Array<{ name: string }>;
}

/** The application with its context modules in the given order. */
const start = (contexts: readonly Type[]) => startTestApp({}, undefined, { contexts });

/** Runs `test` on the application with the given context modules, and closes it. */
async function withApp(contexts: readonly Type[], test: (api: Api) => Promise<void>) {
  const t = await start(contexts);
  try {
    await test(new Api(() => t));
  } finally {
    await t.close();
  }
}

const PREFIX = '/api/v1';

/**
 * A request to a path of the document, with an empty body unless a GET: under /api/v1 through the
 * Api, as the admin; elsewhere (GET /health) without a token, as such a path serves everyone.
 */
function request(api: Api, method: 'get' | 'post' | 'put', path: string) {
  if (!path.startsWith(PREFIX)) {
    const call = api.t.http()[method](path);
    return method === 'get' ? call : call.send({});
  }
  const under = path.slice(PREFIX.length);
  // An event stream never ends: its first chunk is answer enough.
  return method === 'get'
    ? api.get(under).buffer(true).parse(untilFirstChunk)
    : api.send(method, under, {});
}

/** The problem filter's detail for a request no route matched. */
const ROUTER_MISS = /^No route /;

/**
 * Every operation of the document, requested by `request` with dummy ids: a 404 from the
 * router (no route matched) is a failure, and so is any 404 on a path without parameters (a
 * parameter route that took it), and so is a 5xx (dummy input is bad input). A 404 naming a
 * missing record, on a path with parameters, is the handler's answer.
 */
async function routerMisses(api: Api): Promise<{ checked: number; misses: string[] }> {
  const document = (await api.t.http().get('/api/docs-json').expect(200)).body as Document;
  const misses: string[] = [];
  let checked = 0;
  for (const [pattern, item] of Object.entries(document.paths)) {
    // The document's paths are under its server, /api/v1.
    const path = `${PREFIX}${pattern}`
      .replace('{year}', '2025')
      .replace(/\{(\w+)\}/g, (_, name: string) => `no-such-${name}`);
    for (const method of Object.keys(item) as Array<'get' | 'post' | 'put'>) {
      const response = await request(api, method, path);
      checked += 1;
      const detail = String((response.body as { detail?: unknown }).detail ?? '');
      const parameterised = pattern.includes('{');
      const missed = response.status === 404 && (ROUTER_MISS.test(detail) || !parameterised);
      if (missed || response.status >= 500) {
        misses.push(`${method.toUpperCase()} ${pattern}: ${response.status} ${detail}`);
      }
    }
  }
  return { checked, misses };
}

describe('every route of the OpenAPI document is reachable', () => {
  it.each([
    ['in the order app.module lists them', CONTEXT_MODULES, false],
    ['in the reverse order', [...CONTEXT_MODULES].reverse(), true],
  ])(
    'with the context modules %s',
    (_, contexts, reversed) =>
      withApp(contexts, async (api) => {
        const routes = expressRoutes(api.t.app.getHttpAdapter().getInstance());
        const paths = routes.map((r) => r.path);
        const first = (prefix: string) => paths.findIndex((path) => path.startsWith(prefix));
        expect(first('/api/v1/audit') < first('/api/v1/agreements')).toBe(reversed);
        const { checked, misses } = await routerMisses(api);
        expect(misses).toEqual([]);
        expect(checked).toBeGreaterThan(70);
        // The check can fail: a path no route serves is a router miss.
        const miss = await api.get('/agreements/coverage/none').expect(404);
        expect(miss.body.detail).toMatch(ROUTER_MISS);
        const coverage = await api.get('/agreements/coverage');
        expect(coverage.status).toBe(400);
      }),
    120_000,
  );
});

describe('the sections of the document', () => {
  it(
    'put every operation in one section its controller names, with what @Route says',
    () =>
      withApp(CONTEXT_MODULES, async (api) => {
        const document = (await api.t.http().get('/api/docs-json').expect(200)).body as Document;
        const sections = document.tags.map((tag) => tag.name);
        const operations = Object.entries(document.paths).flatMap(([path, item]) =>
          Object.entries(item).map(([method, op]) => ({ key: `${method} ${path}`, tags: op.tags })),
        );
        const outside = operations.filter(
          ({ tags }) => tags?.length !== 1 || !sections.includes(tags[0]),
        );
        expect(outside).toEqual([]);
        const tagOf = (key: string) => operations.find((op) => op.key === key)?.tags;
        expect(tagOf('get /responsibility-chain')).toEqual(['Responsibility chain and audit']);
        expect(tagOf('get /hazard-ledger')).toEqual(['Inspections, hazards, reports']);
        expect(tagOf('get /health')).toEqual(['Health']);
        // What `@Route` says of a body without a DTO reaches the document too.
        const body = document.paths['/schemes/{year}'].put.requestBody!;
        expect(body.description).toMatch(/^The scheme document/);
        expect(body.content['application/json'].example).toEqual(DEFAULT_SCHEME);
      }),
    60_000,
  );
});

describe('route order', () => {
  it('refuses to start when a parameter route would take a later static one', async () => {
    // The agreement's `:id` route registered before `coverage`, as two modules in that order did.
    @Module({ controllers: [AgreementsController, AgreementsQueryController] })
    class ShadowedAgreementsModule {}
    await expect(start([ShadowedAgreementsModule])).rejects.toThrow(
      'GET /api/v1/agreements/coverage is registered after GET /api/v1/agreements/:id',
    );
  }, 60_000);
});

@Controller('undeclared')
class UndeclaredController {
  @Get()
  read() {
    return { read: true };
  }
}

@Module({ controllers: [UndeclaredController] })
class UndeclaredModule {}

describe('a controller method without @Route', () => {
  it(
    'is refused with 403, even to the admin',
    () =>
      withApp([...CONTEXT_MODULES, UndeclaredModule], async (api) => {
        const response = await api.get('/undeclared');
        expectProblem(response, 403);
        expect(response.body).toMatchObject({
          status: 403,
          detail: 'This route has no authorisation policy.',
        });
      }),
    60_000,
  );
});
