import type { Api } from './api';
import { appoint, department, district, enterprise, seedTree, town } from './tree';

/**
 * A small district for authorisation tests: D (district) > T1, T2 (towns) > E1, E2 (enterprises);
 * department B under D. One resource of each kind in T1 (in scope of a T1 user) and in T2; the
 * patrol PAT-T<n> is led by the town, its problem PRB-E<n> and the order SO-E<n> (about H-E<n>) go
 * to the town's enterprise.
 */
export async function seedDistrict(api: Api): Promise<number> {
  const post = (path: string, body: object) => api.write(path, body);
  await seedTree(api, [district('D', '示范区'), department('B', 'D', ['construction'], '住建局')]);
  await appoint(api, 'D', 'PD', 'principal', '2024-01-01T00:00:00+08:00', '区长');
  for (const n of ['1', '2']) {
    await seedTree(api, [
      town(`T${n}`, 'D', `镇${n}`),
      enterprise(`E${n}`, `T${n}`, 'construction', `企业${n}`),
    ]);
    await appoint(api, `T${n}`, `P${n}`, 'principal', '2024-01-01T00:00:00+08:00', `镇长${n}`);
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
    await post('/patrols', {
      id: `PAT-T${n}`,
      kind: 'supervision',
      leadUnitId: `T${n}`,
      team: ['督查组长'],
      targetUnitIds: [`E${n}`],
      from: '2025-04-15T09:00:00+08:00',
      to: '2025-04-18T18:00:00+08:00',
    });
    await post(`/patrols/PAT-T${n}/problems`, {
      id: `PRB-E${n}`,
      targetUnitId: `E${n}`,
      duty: 'training',
      description: '安全生产教育培训记录缺失',
      raisedAt: '2025-04-18T09:00:00+08:00',
      deadline: '2025-05-18T18:00:00+08:00',
    });
    await post('/supervision-orders', {
      id: `SO-E${n}`,
      issuerUnitId: `T${n}`,
      targetUnitId: `E${n}`,
      subject: { kind: 'hazard', id: `H-E${n}` },
      requirement: '限期完成隐患整改并书面报告',
      issuedAt: '2025-04-20T09:00:00+08:00',
      deadline: '2025-05-20T18:00:00+08:00',
    });
  }
  return api.last;
}
