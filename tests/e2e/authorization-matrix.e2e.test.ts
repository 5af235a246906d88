import { CONTEXT_MODULES } from '../../src/app.module';
import { routeDeclarations } from '../../src/modules/auth/declared-routes';
import type { Named, Touch } from '../../src/modules/auth/route-policy';
import { type Api, useTestApp } from './support/api';
import { registeredRoutes } from './support/routes';
import { seedDistrict } from './support/district-fixture';
import { untilFirstChunk } from './support/sse';

/** The policies `@Route` declares on the controllers, by `METHOD /path`. */
const ROUTE_POLICIES = routeDeclarations(CONTEXT_MODULES);

type Side = 'in' | 'out';
const ROLES = ['admin', 'office', 'inspector', 'reporter', 'auditor'] as const;

const RESOURCE_BY_PREFIX: Record<string, Record<Side, string>> = {
  units: { in: 'T1', out: 'T2' },
  agreements: { in: 'A-T1', out: 'A-T2' },
  hazards: { in: 'H-E1', out: 'H-E2' },
  incidents: { in: 'I-E1', out: 'I-E2' },
  inspections: { in: 'INS-E1', out: 'INS-E2' },
  reports: { in: 'R-E1', out: 'R-E2' },
  penalties: { in: 'PEN-E1', out: 'PEN-E2' },
  'accountability-actions': { in: 'ACT-T1', out: 'ACT-T2' },
  patrols: { in: 'PAT-T1', out: 'PAT-T2' },
  problems: { in: 'PRB-E1', out: 'PRB-E2' },
  'supervision-orders': { in: 'SO-E1', out: 'SO-E2' },
  users: { in: 'target-T1', out: 'target-T2' },
};
const PARAMS: Record<string, Record<Side, string>> = {
  unitId: { in: 'T1', out: 'T2' },
  enterpriseId: { in: 'E1', out: 'E2' },
  personId: { in: 'P1', out: 'P2' },
  year: { in: '2025', out: '2025' },
  q: { in: '2', out: '2' },
  streamId: { in: 'hazard-H-E1', out: 'hazard-H-E2' },
  /** Proposed in beforeAll on I-E1: `in` corrects its description, `out` moves it to E2. */
  correctionId: { in: '', out: '' },
};
const UNIT_FIELDS: Record<string, Record<Side, string>> = {
  scopeUnitId: { in: 'T1', out: 'T2' },
  parentId: { in: 'T1', out: 'T2' },
  responsibleUnitId: { in: 'T1', out: 'T2' },
  issuerUnitId: { in: 'T1', out: 'T2' },
  targetUnitId: { in: 'T1', out: 'T2' },
  decidingUnitId: { in: 'T1', out: 'T2' },
  leadUnitId: { in: 'T1', out: 'T2' },
  targetUnitIds: { in: 'E1', out: 'E2' },
  supervisingUnitId: { in: 'T1', out: 'T2' },
  ancestorId: { in: 'T1', out: 'T2' },
  withinUnitId: { in: 'T1', out: 'T2' },
  inspectedUnitId: { in: 'E1', out: 'E2' },
  inspectingUnitId: { in: 'E1', out: 'E2' },
  unitId: { in: 'E1', out: 'E2' },
  subjectUnitId: { in: 'E1', out: 'E2' },
  enterpriseId: { in: 'E1', out: 'E2' },
  enforcingUnitId: { in: 'E1', out: 'E2' },
  to: { in: 'E1', out: 'E2' },
  responsibleUnitIds: { in: 'E1', out: 'E2' },
};
/** The value on each side for what a touch names (a unit: by the field's name). */
const NAMED: Record<Exclude<Named, 'unit'>, Record<Side, string>> = {
  person: { in: 'P1', out: 'P2' },
  stream: PARAMS.streamId,
  year: PARAMS.year,
  agreement: RESOURCE_BY_PREFIX.agreements,
  hazard: RESOURCE_BY_PREFIX.hazards,
  incident: RESOURCE_BY_PREFIX.incidents,
  inspection: RESOURCE_BY_PREFIX.inspections,
  report: RESOURCE_BY_PREFIX.reports,
  penalty: RESOURCE_BY_PREFIX.penalties,
  accountability: RESOURCE_BY_PREFIX['accountability-actions'],
  user: RESOURCE_BY_PREFIX.users,
  patrol: RESOURCE_BY_PREFIX.patrols,
  problem: RESOURCE_BY_PREFIX.problems,
  problemLead: RESOURCE_BY_PREFIX.problems,
  supervisionorder: RESOURCE_BY_PREFIX['supervision-orders'],
  orderIssuer: RESOURCE_BY_PREFIX['supervision-orders'],
  correction: PARAMS.correctionId,
};

const valueFor = (touch: Touch, side: Side): string =>
  touch.names === 'unit'
    ? UNIT_FIELDS[touch.at.split('.').pop()!.replace('[]', '')][side]
    : NAMED[touch.names][side];

/** Sets `value` at a body path such as `liable[].unitId` (one item per list). */
function setAt(target: Record<string, unknown>, path: string[], value: string): void {
  const [step, ...rest] = path;
  const name = step.replace('[]', '');
  const list = step.endsWith('[]');
  if (rest.length === 0) {
    target[name] = list ? [value] : value;
    return;
  }
  const current = list
    ? (target[name] as Record<string, unknown>[] | undefined)?.[0]
    : target[name];
  const inner = (current ?? {}) as Record<string, unknown>;
  target[name] = list ? [inner] : inner;
  setAt(inner, rest, value);
}

/**
 * The request for a route with every unit it touches on `side`, but for `outside`, the one touch
 * set out of scope while the rest stay in scope.
 */
/** Ids a body gives the record it creates, rather than naming one that exists. */
const CREATED_IDS = ['body.id', 'body.findings[].hazardId'];

interface SchemaObject {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
}
interface OpenApi {
  paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { schema?: SchemaObject }> } }>
  >;
  components: { schemas: Record<string, SchemaObject> };
}

/** Paths (as touches write them) of the properties named `…Id` or `…Ids` in a body schema. */
function idFields(document: OpenApi, schema: SchemaObject | undefined, at: string): string[] {
  if (!schema) return [];
  const resolved = schema.$ref
    ? document.components.schemas[schema.$ref.replace('#/components/schemas/', '')]
    : schema;
  return Object.entries(resolved.properties ?? {}).flatMap(([name, property]) => {
    const list = property.type === 'array';
    const path = `${at}.${name}${list ? '[]' : ''}`;
    const own = /(^id|Ids?)$/.test(name) ? [path] : [];
    return [...own, ...idFields(document, list ? property.items : property, path)];
  });
}

function requestFor(key: string, side: Side, outside?: Touch) {
  const [method, pattern] = key.split(' ');
  const prefix = pattern.split('/')[1];
  const touches = ROUTE_POLICIES[key].touches;
  const sideOf = (touch: Touch): Side => (outside ? (touch === outside ? 'out' : 'in') : side);
  const param = (name: string): string => {
    // A parameter two touches read (a record and its other side) is outside when either is.
    const at = `params.${name}`;
    const touch =
      touches.find((t) => t === outside && t.at === at) ?? touches.find((t) => t.at === at);
    const values = name === 'id' ? RESOURCE_BY_PREFIX[prefix] : PARAMS[name];
    return values[touch ? sideOf(touch) : side];
  };
  const path = pattern.replace(/:(\w+)/g, (_, name: string) => param(name));
  const query: Record<string, string> = {};
  const body: Record<string, unknown> = Object.fromEntries(
    Object.entries(UNIT_FIELDS).map(([field, values]) => [field, values[side]]),
  );
  for (const touch of touches) {
    // Alternatives at one path (`when` another field holds a value): the one set outside, if any.
    if (outside?.when && touch.when && touch.at === outside.at && touch !== outside) continue;
    const [part, ...at] = touch.at.split('.');
    if (part === 'query') query[at[0]] = valueFor(touch, sideOf(touch));
    if (part !== 'body') continue;
    setAt(body, at, valueFor(touch, sideOf(touch)));
    if (touch.when) setAt(body, touch.when.at.split('.').slice(1), touch.when.is);
  }
  return {
    method: method.toLowerCase() as 'get' | 'post' | 'put',
    path: `/api/v1${path}`,
    query,
    body,
  };
}

/** A correction of I-E1 proposed by the bootstrap admin (so a T1 user may approve it). */
async function proposeCorrection(api: Api, field: string, to: string): Promise<string> {
  const response = await api.write('/incidents/I-E1/corrections', {
    field,
    to,
    reason: '核实更正',
  });
  return response.body.correctionId as string;
}

describe('authorisation: every route × role × scope', () => {
  const api = useTestApp();
  const tokens: Record<string, string> = {};
  let routes: string[];

  beforeAll(async () => {
    await seedDistrict(api);
    for (const role of ROLES) tokens[role] = await api.userToken(`m-${role}`, role, 'T1');
    tokens.districtOffice = await api.userToken('m-district-office', 'office', 'D');
    await api.userToken('target-T1', 'reporter', 'T1');
    await api.userToken('target-T2', 'reporter', 'T2');
    PARAMS.correctionId.in = await proposeCorrection(api, 'description', '高处坠落（更正）');
    PARAMS.correctionId.out = await proposeCorrection(api, 'unitId', 'E2');
    // GET /api/v1/health is public (no token), like /health; the health e2e tests cover it.
    routes = registeredRoutes(api.t.app).filter((route) => route !== 'GET /health');
  }, 60_000);

  it('has a policy for every route the application serves', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((route) => !ROUTE_POLICIES[route])).toEqual([]);
    // The walks below cover the inquiry routes too: a person in scope (P1) and out of it (P2).
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /persons',
        'GET /persons/:personId/dossier',
        'GET /persons/:personId/dossier.xlsx',
      ]),
    );
  });

  const send = (key: string, side: Side, token?: string, outside?: Touch) => {
    const { method, path, query, body } = requestFor(key, side, outside);
    let request = api.t.http()[method](path).query(query);
    if (token) request = request.set('Authorization', `Bearer ${token}`);
    // An event stream never ends: its first chunk is answer enough.
    return method === 'get' ? request.buffer(true).parse(untilFirstChunk) : request.send(body);
  };

  it('answers 401 without a token on every route', async () => {
    for (const key of routes) {
      const response = await send(key, 'in');
      expect([key, response.status]).toEqual([key, 401]);
    }
  });

  it('refuses roles outside the matrix and units outside the scope with 403, and lets the rest through', async () => {
    const outcomes: string[] = [];
    for (const key of routes) {
      const policy = ROUTE_POLICIES[key];
      const scoped = policy.touches.length > 0;
      const yearLevel = policy.touches.some((touch) => touch.names === 'year');
      for (const role of ROLES) {
        const allowed = policy.roles.includes(role);
        const inside = (await send(key, 'in', tokens[role])).status;
        const outside = (await send(key, 'out', tokens[role])).status;
        const expectIn = !allowed || yearLevel ? 403 : 'not 401/403';
        const expectOut = !allowed || scoped ? 403 : 'not 401/403';
        const judge = (status: number, expected: number | string) =>
          expected === 403 ? status === 403 : status !== 401 && status !== 403 && status < 500;
        if (!judge(inside, expectIn) || !judge(outside, expectOut)) {
          outcomes.push(
            `${key} as ${role}: in ${inside} (want ${expectIn}), out ${outside} (want ${expectOut})`,
          );
        }
      }
    }
    expect(outcomes).toEqual([]);
  }, 120_000);

  it('refuses a request naming any one unit, person or record outside the scope, the rest within', async () => {
    const outcomes: string[] = [];
    let checked = 0;
    for (const key of routes) {
      const policy = ROUTE_POLICIES[key];
      const roles = ROLES.filter((role) => role !== 'admin' && policy.roles.includes(role));
      for (const touch of policy.touches.filter((t) => t.names !== 'year')) {
        for (const role of roles) {
          const { status } = await send(key, 'in', tokens[role], touch);
          checked += 1;
          if (status !== 403) outcomes.push(`${key} as ${role}, ${touch.at} outside: ${status}`);
        }
      }
    }
    expect(outcomes).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  }, 120_000);

  it('declares every id a request body names, down to the items of its lists', async () => {
    const document = (await api.t.http().get('/api/docs-json').expect(200)).body as OpenApi;
    const undeclared: string[] = [];
    const found: string[] = [];
    for (const key of routes) {
      const [method, pattern] = key.split(' ');
      const path = pattern.replace(/:(\w+)/g, '{$1}');
      const schema =
        document.paths[path]?.[method.toLowerCase()]?.requestBody?.content['application/json']
          ?.schema;
      const declared = new Set(ROUTE_POLICIES[key].touches.map((touch) => touch.at));
      for (const field of idFields(document, schema, 'body')) {
        found.push(field);
        if (!declared.has(field) && !CREATED_IDS.includes(field))
          undeclared.push(`${key} ${field}`);
      }
    }
    expect(undeclared).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['body.liable[].personId', 'body.hazardIds[]']));
  });

  it('lets a district-scoped office act on the whole year, but not a town office', async () => {
    const scheme = await api.as(tokens.admin).get('/schemes/2025').expect(200);
    await api.as(tokens.office).put('/schemes/2025', scheme.body.scheme).expect(403);
    await api.as(tokens.districtOffice).put('/schemes/2025', scheme.body.scheme).expect(200);
  });
});

describe('authorisation: no escalation', () => {
  const api = useTestApp();
  beforeAll(async () => {
    await seedDistrict(api);
  }, 60_000);

  it('does not let an office create an admin or a user outside its scope', async () => {
    const office = api.as(await api.userToken('o-T1', 'office', 'T1'));
    await office.post('/users', { name: 'x', role: 'admin', scopeUnitId: 'T1' }).expect(403);
    await office.post('/users', { name: 'x', role: 'auditor', scopeUnitId: 'T2' }).expect(403);
    await office.post('/users', { name: 'x', role: 'auditor', scopeUnitId: 'E1' }).expect(201);
  });
});
