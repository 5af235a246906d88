import type { Api } from './api';

/**
 * One district year over HTTP, scored by hand (DOMAIN.md "Default scheme").
 *
 * City C > district D > towns T1, T2, T3 and department B (住建局, regulates construction).
 * Enterprises: E1, E3 in T1 (construction), E2 in T2 (hazardous_chemicals).
 * Reading time is after the year, so the reference date is the end of 2025 in CST.
 *
 * Incidents                          place  CST occurrence        grade    counts for (2025)
 *   I-NY1  0 deaths, 1 serious inj.  E2     2024-12-31 23:30      general  nobody: it is in 2024
 *   I-NY2  0 deaths, 1 serious inj.  E2     2025-01-01 00:30      general  T2, D
 *   I-T2b  0 deaths                  E2     2025-06-01 10:00      general  T2, D
 *   I-LATE 1 death, reported 2 h late E3    2025-03-10 09:00      general  T1, B, D (+ automatic `late` finding)
 *   I-L    3 deaths                  E1     2025-08-10 10:00      larger   T1, B, D
 *   I-OLD  0 deaths                  E2     2023-05-01 10:00      general  `concealed` finding established 2025-04-01: T2, D
 *
 * Only I-L is concluded (no nature given: a liability incident); the others are `pending`, so their
 * deductions are provisional. Both findings name their place (E3, E2) as the responsible unit: they
 * cost every unit of the chain 10 points but veto none of the units assessed here (only E3 / E2).
 *
 * Hazards identified in 2025: H1 (E1, general, via T1's inspection; rectified, verification FAILED,
 * overdue), H2 (E3, general, rectified and verified), H3 (E2, major, planned, rectified, verified, delisted).
 * Penalties by B (pre-incident): PEN1 counts; PEN2 is revoked and does not.
 * Accountability: D interviews T3 (−1 for T3); D circulates a criticism of T1 naming its principal (−2 once).
 * Leader change: T1's principal is P1a until 2025-07-01, then P1b.
 *
 * T1 (town). Tasks: K1 manual 35 (re-scored from 30) + K2 inspections 1 of target 2 → 20 × 0.5 = 10 → 45.
 *   Outcomes 40 − [I-LATE 2 + 2×1 = 4] − [I-L larger 10] − [maxDeaths 2 exceeded (1 + 3 = 4) 5]
 *   − [late finding 10] − [H1 overdue general 0.2] − [rate 1/2 = 50.0 → 45 short, capped 10] − [circular 2]
 *   = 40 − 41.2 → floored at 0. Score 45. Vetoed (larger incident, control indicator) → fail; the late
 *   finding names E3, so it deducts but does not veto T1. maxDeaths is broken by I-L (concluded) even
 *   without the pending I-LATE (3 > 2): nothing T1's veto rests on is provisional.
 *   Bars 2026: at I-L (P1b, S1, DP1) and its liable PE1. P1a, principal only at I-LATE, is not barred:
 *   I-LATE vetoed T1 only through the finding, which no longer vetoes T1.
 * T2 (town). Tasks 50. Outcomes 40 − [I-NY2 2 + 0.5 = 2.5] − [I-T2b 2] − [maxAccidents 1 exceeded 5]
 *   − [concealed finding 10] = 20.5 (H3 rectified: rate 100). Bonus provincial 1. Score 71.5.
 *   Vetoed (control indicator pushed past by I-T2b; the concealed finding names E2, not T2) → fail.
 *   I-NY2 and I-T2b are both pending: without them no cap is broken, so the veto and the bars
 *   resting on it are provisional. Bars: P2, S2 (provisional).
 * T3 (town). Tasks 25. Outcomes 40 − interview 1 = 39. Score 64: not vetoed, pass, yellow card.
 * B (department). Tasks: K1 28 + K2 pre-incident cases 1 of target 2 → 30 × 0.5 = 15 → 43.
 *   Outcomes 40 − [I-LATE 4] − [I-L 10] − [late finding 10] − [H1 0.2] − [rate 50.0 → capped 10] = 5.8.
 *   Score 48.8. Vetoed (larger incident; the late finding names E3, not B). Bars: PB, and PE1 (liable in I-L).
 * D (district). Tasks 55. Outcomes 40 − incidents (2.5 + 2 + 10 + 4 = 18.5) − findings (10 + 10)
 *   − H1 0.2 − rate 2/3 = 66.7 → capped 10 = 40 − 48.7 → 0. Bonus national 2. Score 57.
 *   One larger incident does not veto a district, nor do findings naming E2 and E3: not vetoed, but
 *   57 < 60 → fail (no yellow card below 60). No bars, no award disqualification.
 * Ranking of towns: T3 (not vetoed) 1, then the vetoed T2 (71.5) 2 and T1 (45) 3.
 */
export const cst = (local: string) => `${local}+08:00`;

/**
 * Seeds the district year above through `api` (as the bootstrap admin). `beforeConcealment` is a
 * time after every event but the `concealed` finding on I-OLD, recorded last.
 */
export async function seedDistrictYear(api: Api): Promise<{ beforeConcealment: string }> {
  const post = async (path: string, body: object, status = 201) =>
    (await api.write(path, body, status)).body;
  const appoint = (unitId: string, personId: string, post_: string, from: string) =>
    post(
      `/units/${unitId}/appointments`,
      { personId, personName: `姓名${personId}`, post: post_, from: cst(from) },
      200,
    );
  const agreement = (
    responsibleUnitId: string,
    issuer: [string, string],
    signatory: string,
    tasks: object[],
    controlIndicators: object = {},
  ) =>
    post('/agreements', {
      id: `A-${responsibleUnitId}`,
      year: 2025,
      issuerUnitId: issuer[0],
      responsibleUnitId,
      signedAt: cst('2025-01-15T10:00:00'),
      signatories: [
        { personId: issuer[1], post: 'principal' },
        { personId: signatory, post: 'principal' },
      ],
      controlIndicators,
      tasks,
    });
  const incident = (
    id: string,
    unitId: string,
    industry: string,
    occurred: string,
    reported: string,
    deaths: number,
    seriousInjuries: number,
  ) =>
    post('/incidents', {
      id,
      unitId,
      industry,
      occurredAt: cst(occurred),
      reportedAt: cst(reported),
      deaths,
      seriousInjuries,
      directLossYuan: 10_000,
      description: '事故经过',
    });

  await post('/units', { id: 'C', name: '示范市', kind: 'city' });
  await post('/units', { id: 'D', name: '示范区', kind: 'district', parentId: 'C' });
  for (const town of ['T1', 'T2', 'T3'])
    await post('/units', { id: town, name: `镇${town}`, kind: 'town', parentId: 'D' });
  await post('/units', {
    id: 'B',
    name: '住建局',
    kind: 'department',
    parentId: 'D',
    regulatedIndustries: ['construction'],
  });
  await post('/units', {
    id: 'E1',
    name: '建工一公司',
    kind: 'enterprise',
    parentId: 'T1',
    industry: 'construction',
  });
  await post('/units', {
    id: 'E3',
    name: '建工三公司',
    kind: 'enterprise',
    parentId: 'T1',
    industry: 'construction',
  });
  await post('/units', {
    id: 'E2',
    name: '化工公司',
    kind: 'enterprise',
    parentId: 'T2',
    industry: 'hazardous_chemicals',
  });

  await appoint('C', 'PC', 'principal', '2020-01-01T00:00:00');
  await appoint('D', 'PD', 'principal', '2022-01-01T00:00:00');
  await appoint('T1', 'P1a', 'principal', '2022-01-01T00:00:00');
  await post(
    '/units/T1/appointments/P1a/end',
    { post: 'principal', to: cst('2025-07-01T00:00:00') },
    200,
  );
  await appoint('T1', 'P1b', 'principal', '2025-07-01T00:00:00');
  await appoint('T1', 'S1', 'party_secretary', '2022-01-01T00:00:00');
  await appoint('T1', 'DP1', 'deputy_in_charge', '2022-01-01T00:00:00');
  await appoint('T2', 'P2', 'principal', '2022-01-01T00:00:00');
  await appoint('T2', 'S2', 'party_secretary', '2022-01-01T00:00:00');
  await appoint('T3', 'P3', 'principal', '2022-01-01T00:00:00');
  await appoint('B', 'PB', 'principal', '2022-01-01T00:00:00');
  await api.write(
    '/units/T1/statistics/2025',
    { gdp100mYuan: 80, industrialEmployees: 40_000 },
    200,
    'put',
  );

  await agreement('D', ['C', 'PC'], 'PD', [{ code: 'K1', title: '综合工作', weight: 60 }], {
    maxDeaths: 10,
  });
  await agreement(
    'T1',
    ['D', 'PD'],
    'P1a',
    [
      { code: 'K1', title: '综合工作', weight: 40 },
      { code: 'K2', title: '安全检查', weight: 20, metric: 'inspections_conducted', target: 2 },
    ],
    { maxDeaths: 2 },
  );
  await agreement('T2', ['D', 'PD'], 'P2', [{ code: 'K1', title: '综合工作', weight: 60 }], {
    maxAccidents: 1,
  });
  await agreement('T3', ['D', 'PD'], 'P3', [{ code: 'K1', title: '综合工作', weight: 60 }]);
  await agreement('B', ['D', 'PD'], 'PB', [
    { code: 'K1', title: '行业监管', weight: 30 },
    {
      code: 'K2',
      title: '事前执法',
      weight: 30,
      metric: 'pre_incident_penalty_cases',
      target: 2,
    },
  ]);

  await incident(
    'I-OLD',
    'E2',
    'hazardous_chemicals',
    '2023-05-01T10:00:00',
    '2023-05-01T10:20:00',
    0,
    0,
  );
  await incident(
    'I-NY1',
    'E2',
    'hazardous_chemicals',
    '2024-12-31T23:30:00',
    '2024-12-31T23:50:00',
    0,
    1,
  );
  await incident(
    'I-NY2',
    'E2',
    'hazardous_chemicals',
    '2025-01-01T00:30:00',
    '2025-01-01T01:00:00',
    0,
    1,
  );
  await incident(
    'I-LATE',
    'E3',
    'construction',
    '2025-03-10T09:00:00',
    '2025-03-10T11:00:00',
    1,
    0,
  );
  await incident(
    'I-T2b',
    'E2',
    'hazardous_chemicals',
    '2025-06-01T10:00:00',
    '2025-06-01T10:30:00',
    0,
    0,
  );
  await incident('I-L', 'E1', 'construction', '2025-08-10T10:00:00', '2025-08-10T10:40:00', 3, 0);
  await post('/incidents/I-L/investigation', { openedAt: cst('2025-08-11T09:00:00') }, 200);
  await post(
    '/incidents/I-L/investigation/conclusion',
    {
      concludedAt: cst('2025-09-20T09:00:00'),
      cause: '高处作业未系安全带',
      liable: [{ personId: 'PE1', role: '企业主要负责人', finding: '未落实安全生产主体责任' }],
      measures: ['全面排查高处作业'],
    },
    200,
  );

  await post('/inspections', {
    id: 'INS1',
    inspectedUnitId: 'E1',
    inspectingUnitId: 'T1',
    kind: 'routine',
    conductedAt: cst('2025-02-01T09:00:00'),
    inspectors: ['检查员甲'],
    findings: [
      {
        hazardId: 'H1',
        level: 'general',
        description: '脚手架未验收',
        deadline: cst('2025-03-01T09:00:00'),
      },
    ],
  });
  await post('/hazards/H1/rectification', { rectifiedAt: cst('2025-02-20T09:00:00') }, 200);
  await post(
    '/hazards/H1/verification',
    { passed: false, verifiedAt: cst('2025-02-25T09:00:00'), verifier: '验收组' },
    200,
  );
  await post('/hazards', {
    id: 'H2',
    unitId: 'E3',
    level: 'general',
    description: '消防通道堵塞',
    identifiedAt: cst('2025-02-01T09:00:00'),
    deadline: cst('2025-03-01T09:00:00'),
  });
  await post('/hazards/H2/rectification', { rectifiedAt: cst('2025-02-15T09:00:00') }, 200);
  await post(
    '/hazards/H2/verification',
    { passed: true, verifiedAt: cst('2025-02-20T09:00:00'), verifier: '验收组' },
    200,
  );
  await post('/hazards', {
    id: 'H3',
    unitId: 'E2',
    level: 'major',
    description: '储罐区防雷设施失效',
    identifiedAt: cst('2025-05-01T09:00:00'),
    deadline: cst('2025-06-01T09:00:00'),
  });
  await post(
    '/hazards/H3/plan',
    {
      measures: '更换防雷设施',
      fundsYuan: 200000,
      deadline: cst('2025-05-30T09:00:00'),
      responsiblePerson: '设备经理',
      contingencyPlan: '储罐区应急预案',
    },
    200,
  );
  await post('/hazards/H3/rectification', { rectifiedAt: cst('2025-05-20T09:00:00') }, 200);
  await post(
    '/hazards/H3/verification',
    { passed: true, verifiedAt: cst('2025-05-25T09:00:00'), verifier: '专家组' },
    200,
  );

  const penalty = (id: string, enterpriseId: string, decided: string) =>
    post('/penalties', {
      id,
      enterpriseId,
      enforcingUnitId: 'B',
      kind: 'fine',
      amountYuan: 50000,
      caseNo: `住建罚-${id}`,
      basis: '《安全生产法》第一百零一条',
      decidedAt: cst(decided),
      phase: 'pre_incident',
    });
  await penalty('PEN1', 'E1', '2025-03-05T09:00:00');
  await penalty('PEN2', 'E3', '2025-04-05T09:00:00');
  await post(
    '/penalties/PEN2/revocation',
    { reason: '行政复议撤销', revokedAt: cst('2025-05-01T09:00:00') },
    200,
  );

  await post('/accountability-actions', {
    id: 'ACT1',
    targetUnitId: 'T3',
    form: 'interview',
    decidingUnitId: 'D',
    decidedAt: cst('2025-06-10T09:00:00'),
    reason: '隐患排查不力',
  });
  await post('/accountability-actions', {
    id: 'ACT2',
    targetUnitId: 'T1',
    targetPersonId: 'P1b',
    form: 'circular',
    decidingUnitId: 'D',
    decidedAt: cst('2025-09-01T09:00:00'),
    reason: '发生较大事故',
  });

  const score = (unitId: string, taskCode: string, value: number) =>
    post(`/assessments/2025/units/${unitId}/task-scores`, {
      taskCode,
      score: value,
      evaluatedAt: cst('2025-12-20T09:00:00'),
      evidence: '考核材料',
    });
  await score('T1', 'K1', 30);
  await score('T1', 'K1', 35);
  await score('T2', 'K1', 50);
  await score('T3', 'K1', 25);
  await score('B', 'K1', 28);
  await score('D', 'K1', 55);
  await post('/assessments/2025/units/T2/commendations', {
    level: 'provincial',
    reason: '应急演练',
    awardedAt: cst('2025-10-01T09:00:00'),
  });
  await post('/assessments/2025/units/D/commendations', {
    level: 'national',
    reason: '示范创建',
    awardedAt: cst('2025-11-01T09:00:00'),
  });

  await new Promise((resolve) => setTimeout(resolve, 20));
  const beforeConcealment = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await post(
    '/incidents/I-OLD/misreporting-findings',
    { kind: 'concealed', establishedAt: cst('2025-04-01T10:00:00'), detail: '瞒报' },
    200,
  );
  return { beforeConcealment };
}
