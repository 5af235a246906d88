import { Controller, Get, Module, type Type } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { CONTEXT_MODULES } from '../../src/app.module';
import { loadConfig } from '../../src/config/app-config';
import { DEFAULT_SCHEME } from '../../src/domain/assessment';
import { expressRoutes } from '../../src/infrastructure/http/route-order';
import { AgreementsController } from '../../src/modules/agreements/agreements.controller';
import { AgreementsQueryController } from '../../src/modules/agreements/agreements.query-controller';
import { ADMIN_TOKEN, type TestApp } from './harness';

interface Operation {
  tags?: string[];
  requestBody?: { description?: string; content: Record<string, { example?: unknown }> };
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
  tags: Array<{ name: string }>;
}

/** The application with its context modules in the given order. */
async function start(contexts: readonly Type[]): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'safety-e2e-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    BOOTSTRAP_ADMIN_TOKEN: ADMIN_TOKEN,
    MAX_FAILED_AUTH_PER_MINUTE: '100000',
  });
  const app = await createApp(config, pino({ level: 'silent' }), contexts);
  const close = async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await app.init();
  } catch (error) {
    await close();
    throw error;
  }
  const server = app.getHttpServer();
  return { app, dataDir, http: () => request(server), close };
}

const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };
/** The problem filter's detail for a request no route matched. */
const ROUTER_MISS = /^No route /;

/**
 * Every operation of the document, requested with the admin token and dummy ids: a 404 from the
 * router (no route matched) is a failure, and so is any 404 on a path without parameters (a
 * parameter route that took it), and so is a 5xx (dummy input is bad input). A 404 naming a
 * missing record, on a path with parameters, is the handler's answer.
 */
async function routerMisses(t: TestApp): Promise<{ checked: number; misses: string[] }> {
  const document = (await t.http().get('/api/docs-json').expect(200)).body as Document;
  const misses: string[] = [];
  let checked = 0;
  for (const [pattern, item] of Object.entries(document.paths)) {
    const path = pattern
      .replace('{year}', '2025')
      .replace(/\{(\w+)\}/g, (_, name: string) => `no-such-${name}`);
    for (const method of Object.keys(item) as Array<'get' | 'post' | 'put'>) {
      const call = t.http()[method](path).set(auth);
      const response = method === 'get' ? await call : await call.send({});
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
    async (_, contexts, reversed) => {
      const t = await start(contexts);
      try {
        const paths = expressRoutes(t.app.getHttpAdapter().getInstance()).map((r) => r.path);
        const first = (prefix: string) => paths.findIndex((path) => path.startsWith(prefix));
        expect(first('/api/v1/audit') < first('/api/v1/agreements')).toBe(reversed);
        const { checked, misses } = await routerMisses(t);
        expect(misses).toEqual([]);
        expect(checked).toBeGreaterThan(70);
        // The check can fail: a path no route serves is a router miss.
        const miss = await t.http().get('/api/v1/agreements/coverage/none').set(auth).expect(404);
        expect(miss.body.detail).toMatch(ROUTER_MISS);
        const coverage = await t.http().get('/api/v1/agreements/coverage').set(auth);
        expect(coverage.status).toBe(400);
      } finally {
        await t.close();
      }
    },
    120_000,
  );
});

describe('the sections of the document', () => {
  it('put every operation in one section its controller names, with what @Route says', async () => {
    const t = await start(CONTEXT_MODULES);
    try {
      const document = (await t.http().get('/api/docs-json').expect(200)).body as Document;
      const sections = document.tags.map((tag) => tag.name);
      const operations = Object.entries(document.paths).flatMap(([path, item]) =>
        Object.entries(item).map(([method, op]) => ({ key: `${method} ${path}`, tags: op.tags })),
      );
      const outside = operations.filter(
        ({ tags }) => tags?.length !== 1 || !sections.includes(tags[0]),
      );
      expect(outside).toEqual([]);
      const tagOf = (key: string) => operations.find((op) => op.key === key)?.tags;
      expect(tagOf('get /api/v1/responsibility-chain')).toEqual(['Responsibility chain and audit']);
      expect(tagOf('get /api/v1/hazard-ledger')).toEqual(['Inspections, hazards, reports']);
      expect(tagOf('get /health')).toEqual(['Health']);
      // What `@Route` says of a body without a DTO reaches the document too.
      const body = document.paths['/api/v1/schemes/{year}'].put.requestBody!;
      expect(body.description).toMatch(/^The scheme document/);
      expect(body.content['application/json'].example).toEqual(DEFAULT_SCHEME);
    } finally {
      await t.close();
    }
  }, 60_000);
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
  it('is refused with 403, even to the admin', async () => {
    const t = await start([...CONTEXT_MODULES, UndeclaredModule]);
    try {
      const response = await t.http().get('/api/v1/undeclared').set(auth).expect(403);
      expect(response.body).toMatchObject({
        status: 403,
        detail: 'This route has no authorisation policy.',
      });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    } finally {
      await t.close();
    }
  }, 60_000);
});
