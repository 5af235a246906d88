import type { TestApp } from '../harness';
import { ADMIN_TOKEN } from '../harness';

/**
 * A small district for authorisation tests: D (district) > T1, T2 (towns) > E1, E2 (enterprises);
 * department B under D. One resource of each kind in T1 (in scope of a T1 user) and in T2.
 */
export async function seedDistrict(t: TestApp): Promise<number> {
  const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };
  let position = 0;
  const post = async (path: string, body: object, status = 201) => {
    const response = await t.http().post(`/api/v1${path}`).set(auth).send(body);
    if (response.status !== status) {
      throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    position = Math.max(position, response.body.position ?? 0);
    return response.body;
  };
  await post('/units', { id: 'D', name: '示范区', kind: 'district' });
  await post('/units', {
    id: 'B',
    name: '住建局',
    kind: 'department',
    parentId: 'D',
    regulatedIndustries: ['construction'],
  });
  await post(
    '/units/D/appointments',
    { personId: 'PD', personName: '区长', post: 'principal', from: '2024-01-01T00:00:00+08:00' },
    200,
  );
  for (const n of ['1', '2']) {
    await post('/units', { id: `T${n}`, name: `镇${n}`, kind: 'town', parentId: 'D' });
    await post('/units', {
      id: `E${n}`,
      name: `企业${n}`,
      kind: 'enterprise',
      parentId: `T${n}`,
      industry: 'construction',
    });
    await post(
      `/units/T${n}/appointments`,
      {
        personId: `P${n}`,
        personName: `镇长${n}`,
        post: 'principal',
        from: '2024-01-01T00:00:00+08:00',
      },
      200,
    );
    await post('/agreements', {
      id: `A-T${n}`,
      year: 2025,
      issuerUnitId: 'D',
      responsibleUnitId: `T${n}`,
      signedAt: '2025-01-10T00:00:00+08:00',
      signatories: [
        { personId: 'PD', post: 'principal' },
        { personId: `P${n}`, post: 'principal' },
      ],
      controlIndicators: { maxDeaths: 1 },
      tasks: [{ code: 'K1', title: '任务', weight: 60 }],
    });
    await post('/hazards', {
      id: `H-E${n}`,
      unitId: `E${n}`,
      level: 'general',
      description: '消防通道堵塞',
      identifiedAt: '2025-03-01T09:00:00+08:00',
      deadline: '2025-03-15T09:00:00+08:00',
    });
    await post('/inspections', {
      id: `INS-E${n}`,
      inspectedUnitId: `E${n}`,
      inspectingUnitId: 'B',
      kind: 'routine',
      conductedAt: '2025-03-02T09:00:00+08:00',
      inspectors: ['检查员'],
      findings: [],
    });
    await post('/reports', {
      id: `R-E${n}`,
      subjectUnitId: `E${n}`,
      receivedAt: '2025-03-03T09:00:00+08:00',
      content: '举报',
      anonymous: true,
    });
    await post('/incidents', {
      id: `I-E${n}`,
      unitId: `E${n}`,
      industry: 'construction',
      occurredAt: '2025-04-01T09:00:00+08:00',
      reportedAt: '2025-04-01T09:30:00+08:00',
      deaths: 1,
      seriousInjuries: 0,
      directLossYuan: 100000,
      description: '高处坠落',
    });
    await post('/penalties', {
      id: `PEN-E${n}`,
      enterpriseId: `E${n}`,
      enforcingUnitId: 'B',
      kind: 'fine',
      amountYuan: 50000,
      caseNo: `案-${n}`,
      basis: '安全生产法',
      decidedAt: '2025-04-05T09:00:00+08:00',
      phase: 'post_incident',
    });
    await post('/accountability-actions', {
      id: `ACT-T${n}`,
      targetUnitId: `T${n}`,
      form: 'interview',
      decidingUnitId: 'D',
      decidedAt: '2025-04-10T09:00:00+08:00',
      reason: '约谈',
    });
  }
  return position;
}

/** Creates a user through the API and returns its token. */
export async function userToken(
  t: TestApp,
  id: string,
  role: string,
  scopeUnitId: string,
): Promise<string> {
  const response = await t
    .http()
    .post('/api/v1/users')
    .set({ Authorization: `Bearer ${ADMIN_TOKEN}` })
    .send({ id, name: id, role, scopeUnitId });
  if (response.status !== 201)
    throw new Error(`user ${id}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.token as string;
}
