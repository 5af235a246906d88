import { ROUTE_POLICIES } from '../../src/modules/auth/policy';
import { startTestApp, type TestApp } from './harness';
import { registeredRoutes } from './support/routes';
import { seedDistrict, userToken } from './support/district-fixture';

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
  users: { in: 'target-T1', out: 'target-T2' },
};
const PARAMS: Record<string, Record<Side, string>> = {
  unitId: { in: 'T1', out: 'T2' },
  enterpriseId: { in: 'E1', out: 'E2' },
  personId: { in: 'P1', out: 'P2' },
  year: { in: '2025', out: '2025' },
  streamId: { in: 'hazard-H-E1', out: 'hazard-H-E2' },
};
const UNIT_FIELDS: Record<string, Record<Side, string>> = {
  scopeUnitId: { in: 'T1', out: 'T2' },
  parentId: { in: 'T1', out: 'T2' },
  responsibleUnitId: { in: 'T1', out: 'T2' },
  issuerUnitId: { in: 'T1', out: 'T2' },
  targetUnitId: { in: 'T1', out: 'T2' },
  ancestorId: { in: 'T1', out: 'T2' },
  withinUnitId: { in: 'T1', out: 'T2' },
  inspectedUnitId: { in: 'E1', out: 'E2' },
  inspectingUnitId: { in: 'E1', out: 'E2' },
  unitId: { in: 'E1', out: 'E2' },
  subjectUnitId: { in: 'E1', out: 'E2' },
  enterpriseId: { in: 'E1', out: 'E2' },
  enforcingUnitId: { in: 'E1', out: 'E2' },
};

function requestFor(key: string, side: Side) {
  const [method, pattern] = key.split(' ');
  const prefix = pattern.split('/')[1];
  const path = pattern.replace(/:(\w+)/g, (_, name: string) =>
    name === 'id' ? RESOURCE_BY_PREFIX[prefix][side] : PARAMS[name][side],
  );
  const rule = ROUTE_POLICIES[key].scope;
  const query =
    rule.from === 'query'
      ? Object.fromEntries(rule.params.map((p) => [p, UNIT_FIELDS[p][side]]))
      : {};
  const body = Object.fromEntries(
    Object.entries(UNIT_FIELDS).map(([field, values]) => [field, values[side]]),
  );
  return {
    method: method.toLowerCase() as 'get' | 'post' | 'put',
    path: `/api/v1${path}`,
    query,
    body,
  };
}

describe('authorisation: every route × role × scope', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let routes: string[];

  beforeAll(async () => {
    t = await startTestApp();
    await seedDistrict(t);
    for (const role of ROLES) tokens[role] = await userToken(t, `m-${role}`, role, 'T1');
    tokens.districtOffice = await userToken(t, 'm-district-office', 'office', 'D');
    await userToken(t, 'target-T1', 'reporter', 'T1');
    await userToken(t, 'target-T2', 'reporter', 'T2');
    routes = registeredRoutes(t.app);
  }, 60_000);
  afterAll(async () => t.close());

  it('has a policy for every route the application serves', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((route) => !ROUTE_POLICIES[route])).toEqual([]);
  });

  const send = (key: string, side: Side, token?: string) => {
    const { method, path, query, body } = requestFor(key, side);
    let request = t.http()[method](path).query(query);
    if (token) request = request.set('Authorization', `Bearer ${token}`);
    return method === 'get' ? request : request.send(body);
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
      const scoped = !['none'].includes(policy.scope.from);
      for (const role of ROLES) {
        const allowed = policy.roles.includes(role);
        const inside = (await send(key, 'in', tokens[role])).status;
        const outside = (await send(key, 'out', tokens[role])).status;
        const expectIn = !allowed || policy.scope.from === 'year' ? 403 : 'not 401/403';
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

  it('lets a district-scoped office act on the whole year, but not a town office', async () => {
    const scheme = await t
      .http()
      .get('/api/v1/schemes/2025')
      .set('Authorization', `Bearer ${tokens.admin}`)
      .expect(200);
    await t
      .http()
      .put('/api/v1/schemes/2025')
      .set('Authorization', `Bearer ${tokens.office}`)
      .send(scheme.body.scheme)
      .expect(403);
    await t
      .http()
      .put('/api/v1/schemes/2025')
      .set('Authorization', `Bearer ${tokens.districtOffice}`)
      .send(scheme.body.scheme)
      .expect(200);
  });
});

describe('authorisation: no escalation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDistrict(t);
  }, 60_000);
  afterAll(async () => t.close());

  it('does not let an office create an admin or a user outside its scope', async () => {
    const office = await userToken(t, 'o-T1', 'office', 'T1');
    const as = { Authorization: `Bearer ${office}` };
    await t
      .http()
      .post('/api/v1/users')
      .set(as)
      .send({ name: 'x', role: 'admin', scopeUnitId: 'T1' })
      .expect(403);
    await t
      .http()
      .post('/api/v1/users')
      .set(as)
      .send({ name: 'x', role: 'auditor', scopeUnitId: 'T2' })
      .expect(403);
    await t
      .http()
      .post('/api/v1/users')
      .set(as)
      .send({ name: 'x', role: 'auditor', scopeUnitId: 'E1' })
      .expect(201);
  });
});
