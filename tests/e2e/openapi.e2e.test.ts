import { describeApi } from '../../src/infrastructure/http/openapi';
import { expectProblem, useTestApp } from './support/api';
import { registeredRoutes } from './support/routes';

type Json = Record<string, unknown>;
interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  required?: string[];
  additionalProperties?: boolean | Schema;
  properties?: Record<string, Schema>;
  items?: Schema;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Schema;
}
interface Response {
  description: string;
  content?: Record<string, { schema?: Schema; example?: unknown }>;
}
interface Operation {
  summary?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Parameter[];
  requestBody?: {
    required?: boolean;
    content: Record<string, { schema: Schema; example?: unknown }>;
  };
  responses: Record<string, Response>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, Json> };
}

const PREFIX = '/api/v1';

/**
 * Every route of the HTTP contract, as `METHOD path` under /api/v1 (Express `:param` style).
 * GET /health lives outside the prefix (and at /api/v1/health) and is checked on its own.
 */
const API_MD_ROUTES = [
  'POST /users',
  'POST /users/:id/revocation',
  'POST /units',
  'GET /units/:id',
  'GET /units',
  'POST /units/:id/appointments',
  'POST /units/:id/appointments/:personId/end',
  'PUT /units/:id/statistics/:year',
  'POST /agreements',
  'POST /agreements/:id/amendments',
  'POST /agreements/:id/termination',
  'GET /agreements/:id',
  'GET /agreements',
  'GET /agreements/coverage',
  'POST /inspections',
  'POST /hazards',
  'POST /hazards/:id/plan',
  'POST /hazards/:id/extension',
  'POST /hazards/:id/rectification',
  'POST /hazards/:id/verification',
  'GET /hazards/:id',
  'GET /hazards',
  'GET /hazard-ledger',
  'POST /reports',
  'POST /reports/:id/verification',
  'POST /incidents',
  'POST /incidents/:id/casualty-revisions',
  'POST /incidents/:id/misreporting-findings',
  'POST /incidents/:id/investigation',
  'POST /incidents/:id/investigation/extension',
  'POST /incidents/:id/investigation/conclusion',
  'GET /incidents/:id',
  'GET /incidents',
  'GET /incidents/:id/responsibility-chain',
  'POST /penalties',
  'POST /penalties/:id/revocation',
  'POST /accountability-actions',
  'POST /blacklist',
  'POST /blacklist/:enterpriseId/removal',
  'GET /blacklist',
  'GET /blacklist/candidates',
  'PUT /schemes/:year',
  'GET /schemes/:year',
  'POST /assessments/:year/units/:unitId/task-scores',
  'POST /assessments/:year/units/:unitId/commendations',
  'POST /assessments/:year/finalization',
  'GET /responsibility-chain',
  'GET /audit/streams/:streamId',
  'GET /audit/events',
  'GET /audit/integrity',
];

/**
 * API.md routes whose implementation may still be in progress: each is checked only once the
 * application serves it (then it must be in the document like every other route).
 */
const PENDING_ROUTES = [
  'GET /assessments/:year',
  'GET /assessments/:year/units/:unitId',
  'GET /assessments/:year/promotion-bars',
  'GET /assessments/:year/award-disqualifications',
  'GET /assessments/:year/export.xlsx',
];

const HEALTH_ROUTES = ['GET /health', `GET ${PREFIX}/health`];
const isHealth = (route: string) => HEALTH_ROUTES.includes(route);

/** Paths in the document are under its server, `/api/v1`. */
const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
const split = (route: string) => {
  const [method, path] = route.split(' ');
  return { method: method.toLowerCase(), path };
};

describe('OpenAPI document at /api/docs-json', () => {
  const api = useTestApp({}, undefined, { docs: true });
  let doc: Document;

  const operation = (route: string): Operation | undefined => {
    const { method, path } = split(route);
    return doc.paths[toOpenApiPath(path)]?.[method];
  };
  const operations = (): Array<{ route: string; op: Operation }> =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({
        route: `${method.toUpperCase()} ${path}`,
        op,
      })),
    );
  const component = (ref: string | undefined): Schema => {
    expect(ref).toMatch(/^#\/components\/schemas\//);
    const schema = doc.components.schemas[ref!.replace('#/components/schemas/', '')];
    expect(schema).toBeDefined();
    return schema;
  };
  const bodySchema = (route: string): Schema =>
    component(operation(route)!.requestBody!.content['application/json'].schema.$ref);
  const queryParameter = (route: string, name: string): Parameter | undefined =>
    operation(route)!.parameters!.find((p) => p.in === 'query' && p.name === name);

  beforeAll(async () => {
    const response = await api.t.http().get('/api/docs-json').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    doc = response.body as Document;
  });

  describe('serving', () => {
    it('answers the UI and the JSON without a token, while the API itself needs one', async () => {
      const ui = await api.t.http().get('/api/docs').expect(200);
      expect(ui.headers['content-type']).toMatch(/^text\/html/);
      expect(ui.text).toContain('swagger-ui');
      await api.t.http().get('/api/docs/swagger-ui-init.js').expect(200);
      expect(doc.openapi).toMatch(/^3\./);
      await api.t.http().get(`${PREFIX}/units`).expect(401);
    });

    it('declares the bearer scheme', () => {
      expect(doc.components.securitySchemes.bearer).toEqual(
        expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      );
    });
  });

  describe('routes', () => {
    it('describes every route the application serves, and nothing else', () => {
      const served = registeredRoutes(api.t.app);
      expect(served.length).toBeGreaterThan(50);
      const missing = served.filter((route) => !operation(route));
      expect(missing).toEqual([]);
      const documented = operations()
        .map(({ route }) => route)
        .filter((route) => !isHealth(route));
      const servedOpenApi = served.map((route) => {
        const { method, path } = split(route);
        return `${method.toUpperCase()} ${toOpenApiPath(path)}`;
      });
      expect(documented.filter((route) => !servedOpenApi.includes(route))).toEqual([]);
    });

    it('describes every route of API.md', () => {
      expect(operation('GET /health')).toBeDefined();
      expect(API_MD_ROUTES.filter((route) => !operation(route))).toEqual([]);
    });

    it('describes the pending API.md routes once they are served', () => {
      const served = new Set(registeredRoutes(api.t.app));
      const pendingServed = PENDING_ROUTES.filter((route) => served.has(route));
      expect(pendingServed.filter((route) => !operation(route))).toEqual([]);
    });

    it('gives every operation a summary, with the Chinese term on domain actions', () => {
      expect(operations().filter(({ op }) => !op.summary)).toEqual([]);
      expect(operation('POST /incidents')!.summary).toBe('Report an incident (生产安全事故报告)');
    });
  });

  describe('security and errors', () => {
    it('requires the bearer token on every operation but GET /health', () => {
      for (const { route, op } of operations()) {
        if (isHealth(route)) expect(op.security).toEqual([]);
        else
          expect({ route, security: op.security }).toEqual({ route, security: [{ bearer: [] }] });
      }
    });

    it('answers every error as a Problem (application/problem+json)', () => {
      expect(doc.components.schemas.Problem.required).toEqual(
        expect.arrayContaining(['type', 'title', 'status', 'detail']),
      );
      for (const { route, op } of operations()) {
        if (isHealth(route)) continue;
        for (const [status, response] of Object.entries(op.responses)) {
          if (Number(status) < 400) continue;
          expect({
            route,
            status,
            ref: response.content?.['application/problem+json']?.schema?.$ref,
          }).toEqual({ route, status, ref: '#/components/schemas/Problem' });
        }
      }
    });

    it('lists the errors each kind of operation can answer', () => {
      for (const { route, op } of operations()) {
        if (isHealth(route)) continue;
        const statuses = Object.keys(op.responses);
        const expected = route.startsWith('GET ')
          ? ['200', '400', '401', '403', '404', '503']
          : ['400', '401', '403', '404', '409', '415', '422', '503'];
        expect({ route, missing: expected.filter((s) => !statuses.includes(s)) }).toEqual({
          route,
          missing: [],
        });
        if (route.startsWith('GET ')) expect(statuses).not.toContain('415');
      }
    });

    it('answers 201 for creates at a collection and 200 for state changes, with a description', () => {
      expect(Object.keys(operation('POST /incidents')!.responses)).toContain('201');
      expect(Object.keys(operation('POST /incidents/:id/investigation')!.responses)).toContain(
        '200',
      );
      expect(Object.keys(operation('PUT /units/:id/statistics/:year')!.responses)).toContain('200');
      for (const { op } of operations()) {
        for (const response of Object.values(op.responses))
          expect(response.description).toBeTruthy();
      }
    });
  });

  describe('typed answers', () => {
    it('serves the API under its one server, /api/v1', () => {
      expect((doc as unknown as { servers: Array<{ url: string }> }).servers).toEqual([
        expect.objectContaining({ url: PREFIX }),
      ]);
    });

    it('describes every JSON answer by a named schema with its fields, closed', () => {
      const untyped: string[] = [];
      for (const { route, op } of operations()) {
        const responses = (op as unknown as { responses: Record<string, Response> }).responses;
        for (const [status, answer] of Object.entries(responses)) {
          if (!status.startsWith('2')) continue;
          const schema = answer.content?.['application/json']?.schema;
          if (!schema) continue;
          const target = component(schema.$ref);
          const resolved = target.$ref ? component(target.$ref) : target;
          const typed =
            (resolved.type === 'object' && resolved.additionalProperties === false) ||
            resolved.type === 'array';
          if (!typed) untyped.push(`${route} ${status}`);
        }
      }
      expect(untyped).toEqual([]);
    });

    it('types limit, offset, minPosition and year in queries as integers', () => {
      const texts = operations().flatMap(({ route, op }) =>
        (op.parameters ?? [])
          .filter(
            (p) => p.in === 'query' && ['limit', 'offset', 'minPosition', 'year'].includes(p.name),
          )
          .filter((p) => p.schema.type !== 'integer')
          .map((p) => `${route} ${p.name}`),
      );
      expect(texts).toEqual([]);
      expect(queryParameter('GET /units', 'limit')!.schema).toEqual(
        expect.objectContaining({ type: 'integer', minimum: 1, maximum: 1000 }),
      );
    });
  });

  describe('parameters', () => {
    it('accepts minPosition on every GET', () => {
      const without = operations().filter(
        ({ route, op }) =>
          route.startsWith('GET ') &&
          !op.parameters?.some((p) => p.in === 'query' && p.name === 'minPosition'),
      );
      expect(without).toEqual([]);
    });

    it('describes the query DTOs as parameters', () => {
      expect(queryParameter('GET /incidents', 'grade')!.schema.enum).toEqual(
        expect.arrayContaining(['general', 'larger', 'major', 'especially_major']),
      );
      expect(queryParameter('GET /incidents', 'limit')!.required).toBe(false);
      expect(queryParameter('GET /hazard-ledger', 'unitId')!.required).toBe(true);
      expect(queryParameter('GET /units', 'kind')!.schema.enum).toContain('town');
    });

    it('offers windows, orders and CSV on lists, and the feed as an event stream', () => {
      expect(queryParameter('GET /incidents', 'sort')!.schema.enum).toEqual([
        '-occurredAt',
        'occurredAt',
      ]);
      expect(queryParameter('GET /penalties', 'from')!.schema.format).toBe('date-time');
      const content = (route: string) => Object.keys(operation(route)!.responses['200'].content!);
      expect(content('GET /hazards')).toEqual(['application/json', 'text/csv']);
      expect(content('GET /audit/events')).toEqual(['application/json', 'text/csv']);
      expect(content('GET /incidents/:id')).toEqual(['application/json']);
      expect(content('GET /feed')).toEqual(['text/event-stream']);
      const feed = operation('GET /feed')!.parameters!.map((p) => `${p.in} ${p.name}`);
      expect(feed).toEqual(
        expect.arrayContaining([
          'query withinUnitId',
          'query fromPosition',
          'header Last-Event-ID',
        ]),
      );
    });

    it('types a year in the path as an integer', () => {
      const year = operation('GET /schemes/:year')!.parameters!.find((p) => p.name === 'year')!;
      expect(year).toEqual(
        expect.objectContaining({
          in: 'path',
          required: true,
          schema: expect.objectContaining({ type: 'integer', minimum: 2000, maximum: 2100 }),
        }),
      );
    });
  });

  describe('request bodies', () => {
    it('describes the body of every write that takes a DTO as a closed object schema', () => {
      const writes = operations().filter(({ op }) => op.requestBody);
      expect(writes.length).toBeGreaterThan(30);
      for (const { route, op } of writes) {
        const schema = op.requestBody!.content['application/json'].schema;
        if (!schema.$ref) continue; // a free-form document (the scheme), validated by the domain
        const dto = component(schema.$ref);
        expect({ route, closed: dto.additionalProperties }).toEqual({ route, closed: false });
        expect(Object.keys(dto.properties ?? {}).length).toBeGreaterThan(0);
      }
    });

    it('POST /incidents: integer counts, the industry enum, times with an offset', () => {
      const schema = bodySchema('POST /incidents');
      expect(schema.properties!.deaths).toEqual(
        expect.objectContaining({ type: 'integer', minimum: 0 }),
      );
      expect(schema.properties!.seriousInjuries.type).toBe('integer');
      expect(schema.properties!.directLossYuan).toEqual(
        expect.objectContaining({ type: 'number', minimum: 0 }),
      );
      expect(schema.properties!.industry.enum).toContain('road_traffic');
      expect(schema.properties!.occurredAt).toEqual(
        expect.objectContaining({ type: 'string', format: 'date-time' }),
      );
      expect(schema.required).toEqual(expect.arrayContaining(['unitId', 'deaths', 'occurredAt']));
      expect(schema.required).not.toContain('id');
      expect(schema.additionalProperties).toBe(false);
    });

    it('POST /units: the kind enum', () => {
      const schema = bodySchema('POST /units');
      expect(schema.properties!.kind.enum).toEqual(
        expect.arrayContaining(['city', 'district', 'town', 'department', 'enterprise']),
      );
      expect(schema.properties!.regulatedIndustries).toEqual(
        expect.objectContaining({
          type: 'array',
          items: expect.objectContaining({ type: 'string' }),
        }),
      );
      expect(schema.required).toEqual(['name', 'kind']);
    });

    it('POST /agreements: nested lists and objects as referenced schemas', () => {
      const schema = bodySchema('POST /agreements');
      expect(schema.properties!.year).toEqual(expect.objectContaining({ type: 'integer' }));
      const signatory = component(schema.properties!.signatories.items!.$ref);
      expect(signatory.properties!.post.enum).toContain('principal');
      expect(signatory.additionalProperties).toBe(false);
      const indicators = component(schema.properties!.controlIndicators.$ref);
      expect(indicators.properties!.maxAccidents.type).toBe('integer');
      expect(indicators.properties!.maxDeathsPer100mGdp.type).toBe('number');
      expect(schema.required).not.toContain('controlIndicators');
    });

    it('maps every validator the DTOs use', () => {
      expect(describeApi(api.t.app).unmappedValidators).toEqual([]);
    });

    it('resolves every reference', () => {
      const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
      const unresolved = refs
        .map((ref) => ref.slice('"$ref":"'.length, -1))
        .filter((ref) => !doc.components.schemas[ref.replace('#/components/schemas/', '')]);
      expect(unresolved).toEqual([]);
    });
  });

  describe('examples', () => {
    const { send } = api;
    interface Step {
      method: 'post' | 'put';
      route: string;
      step: number;
      path: string;
      request: Json;
      response?: Json;
    }
    /** The worked example's steps, from the document, in step order. */
    const steps = (): Step[] =>
      Object.entries(doc.paths)
        .flatMap(([template, item]) =>
          (['post', 'put'] as const).flatMap((method) => {
            const op = item[method] as
              (Operation & { responses: Record<string, Response> }) | undefined;
            const named =
              (
                op?.requestBody?.content['application/json'] as
                  | {
                      examples?: Record<
                        string,
                        { value: Json; 'x-step': number; 'x-path': string }
                      >;
                    }
                  | undefined
              )?.examples ?? {};
            const answers = Object.entries(op?.responses ?? {}).find(([status]) =>
              status.startsWith('2'),
            )?.[1].content?.['application/json'] as
              { examples?: Record<string, { value: Json }> } | undefined;
            return Object.entries(named).map(([key, example]) => ({
              method,
              route: `${method.toUpperCase()} ${template}`,
              step: example['x-step'],
              path: example['x-path'],
              request: example.value,
              response: answers?.examples?.[key]?.value,
            }));
          }),
        )
        .sort((a, b) => a.step - b.step);

    it('number the worked example 1, 2, 3, … across operations', () => {
      const numbers = steps().map((s) => s.step);
      expect(numbers.length).toBeGreaterThanOrEqual(9);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      expect(new Set(steps().map((s) => s.route))).toEqual(
        new Set([
          'POST /units',
          'POST /units/{id}/appointments',
          'POST /agreements',
          'POST /incidents',
        ]),
      );
    });

    it('run on an empty store in step order, each answering exactly its documented answer', async () => {
      for (const { method, route, step, path, request, response } of steps()) {
        const answer = await send(method, path, request);
        expect({ step, route, status: answer.status }).toEqual({
          step,
          route,
          status: method === 'post' && !path.includes('/appointments') ? 201 : 200,
        });
        if (response) expect({ step, answer: answer.body }).toEqual({ step, answer: response });
      }
    });

    it('refuses an unknown field, as additionalProperties: false says', async () => {
      const { request } = steps().find((s) => s.route === 'POST /incidents')!;
      const answer = await send('post', '/incidents', {
        ...request,
        id: 'I-unknown-field',
        shoeSize: 42,
      });
      expectProblem(answer, 400);
      expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'shoeSize' })]);
    });
  });
});
