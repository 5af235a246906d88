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
import ExcelJS from 'exceljs';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../e2e/harness';
import { asBuffer } from '../e2e/support/api';
import { HEADER_ROW } from '../../src/modules/assessment/export/sheet-layout';

const cst = (local: string) => `${local}+08:00`;

interface Item {
  section: string;
  rule: string;
  points: number;
  events: { streamId: string; eventId: string }[];
}

describe('a district year, scored by hand', () => {
  let t: TestApp;
  let last = 0;
  let beforeConcealment = '';
  const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };

  const send = async (
    method: 'post' | 'put',
    path: string,
    body: object,
    status = method === 'put' ? 200 : 201,
  ) => {
    const response = await t.http()[method](`/api/v1${path}`).set(auth).send(body);
    if (response.status !== status) {
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    last = Math.max(last, (response.body.position as number | undefined) ?? 0);
    return response.body;
  };
  const post = (path: string, body: object, status?: number) => send('post', path, body, status);
  const get = async (path: string) => {
    const response = await t
      .http()
      .get(`/api/v1${path}${path.includes('?') ? '&' : '?'}minPosition=${last}`)
      .set(auth)
      .expect(200);
    return response.body;
  };
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

  beforeAll(async () => {
    t = await startTestApp();
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
    await send('put', '/units/T1/statistics/2025', {
      gdp100mYuan: 80,
      industrialEmployees: 40_000,
    });

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
    beforeConcealment = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await post(
      '/incidents/I-OLD/misreporting-findings',
      { kind: 'concealed', establishedAt: cst('2025-04-01T10:00:00'), detail: '瞒报' },
      200,
    );
  }, 60_000);
  afterAll(async () => t.close());

  const unit = (id: string, query = '') => get(`/assessments/2025/units/${id}${query}`);
  const sectionPoints = (items: Item[], section: string) =>
    items.filter((i) => i.section === section).reduce((sum, i) => sum + i.points, 0);

  it('scores every unit as worked out by hand', async () => {
    const results = Object.fromEntries(
      await Promise.all(['T1', 'T2', 'T3', 'B', 'D'].map(async (id) => [id, await unit(id)])),
    );
    expect(results.T1).toMatchObject({
      score: 45,
      sections: { tasks: 45, outcomes: 0, bonus: 0 },
      vetoed: true,
      grade: 'fail',
      yellowCard: false,
    });
    expect(results.T2).toMatchObject({
      score: 71.5,
      sections: { tasks: 50, outcomes: 20.5, bonus: 1 },
      vetoed: true,
      grade: 'fail',
    });
    expect(results.T3).toMatchObject({
      score: 64,
      sections: { tasks: 25, outcomes: 39, bonus: 0 },
      vetoed: false,
      grade: 'pass',
      yellowCard: true,
    });
    expect(results.B).toMatchObject({
      score: 48.8,
      sections: { tasks: 43, outcomes: 5.8, bonus: 0 },
      vetoed: true,
      grade: 'fail',
    });
    expect(results.D).toMatchObject({
      score: 57,
      sections: { tasks: 55, outcomes: 0, bonus: 2 },
      vetoed: false,
      grade: 'fail',
      yellowCard: false,
    });
  });

  it('explains every point with the events behind it', async () => {
    const t1 = await unit('T1');
    for (const item of t1.items as Item[]) expect(item.events.length).toBeGreaterThan(0);
    expect(t1.rectificationRate).toMatchObject({ identified: 2, rectified: 1, rate: 50 });
    const streams = (t1.items as Item[]).flatMap((i) => i.events.map((e) => e.streamId));
    expect(streams).toEqual(
      expect.arrayContaining([
        'incident-I-L',
        'incident-I-LATE',
        'hazard-H1',
        'accountability-ACT2',
        'inspection-INS1',
      ]),
    );
    expect(sectionPoints(t1.items, 'tasks')).toBeCloseTo(45, 9);
    const t2 = await unit('T2');
    expect(40 + sectionPoints(t2.items, 'outcomes')).toBeCloseTo(20.5, 9);
  });

  it('vetoes a town and the department of the industry for a larger incident, but not the district', async () => {
    const rules = async (id: string) =>
      ((await unit(id)).vetoReasons as { rule: string }[]).map((v) => v.rule.split(':')[0]);
    expect(await rules('T1')).toEqual(['incidents', 'control_indicator']);
    expect(await rules('B')).toEqual(['incidents']);
    expect(await rules('D')).toEqual([]);
    expect(await rules('T3')).toEqual([]);
  });

  it('deducts a misreporting finding chain-wide but vetoes only the unit it names (the place)', async () => {
    for (const id of ['T1', 'B', 'D']) {
      const result = await unit(id);
      const findings = (result.items as Item[]).filter((i) => i.rule === 'misreporting_finding');
      // T1 and B: the late finding on I-LATE; D: that one and the concealed finding on I-OLD.
      expect(findings.map((i) => i.points)).toEqual(id === 'D' ? [-10, -10] : [-10]);
    }
  });

  it('marks what rests on a pending incident provisional, and nothing else', async () => {
    const t1 = await unit('T1');
    const flagOf = (items: (Item & { provisional: boolean })[], rule: string) =>
      items.filter((i) => i.rule === rule).map((i) => i.provisional);
    // I-LATE is pending, I-L concluded; the finding never depends on the nature.
    expect(flagOf(t1.items, 'general_incident')).toEqual([true]);
    expect(flagOf(t1.items, 'larger_or_worse_incident')).toEqual([false]);
    expect(flagOf(t1.items, 'control_indicator_exceeded')).toEqual([false]);
    expect(flagOf(t1.items, 'misreporting_finding')).toEqual([false]);
    expect((t1.vetoReasons as { provisional: boolean }[]).map((v) => v.provisional)).toEqual([
      false,
      false,
    ]);
    const t2 = await unit('T2');
    expect(t2.vetoReasons).toEqual([
      expect.objectContaining({ rule: 'control_indicator:maxAccidents', provisional: true }),
    ]);
    const bars = (await get('/assessments/2025/promotion-bars')) as {
      personId: string;
      unitId: string;
      provisional: boolean;
    }[];
    expect(bars.filter((b) => b.provisional).map((b) => `${b.unitId}:${b.personId}`)).toEqual([
      'T2:P2',
      'T2:S2',
    ]);
  });

  it('names the control-indicator incident that first pushed the count past the cap', async () => {
    const t2 = await unit('T2');
    const accidents = (
      t2.controlIndicators as {
        indicator: string;
        pushedPastCapBy: { incidentId: string } | null;
      }[]
    ).find((c) => c.indicator === 'maxAccidents');
    expect(accidents?.pushedPastCapBy?.incidentId).toBe('I-T2b');
  });

  it('bars the leaders in post at each vetoing incident and the persons found liable, for 2026', async () => {
    const bars = (await get('/assessments/2025/promotion-bars')) as {
      personId: string;
      unitId: string;
      barredYear: number;
    }[];
    const byUnit = (unitId: string) =>
      bars
        .filter((b) => b.unitId === unitId)
        .map((b) => b.personId)
        .sort();
    expect(byUnit('T1')).toEqual(['DP1', 'P1b', 'PE1', 'S1']);
    expect(byUnit('T2')).toEqual(['P2', 'S2']);
    expect(byUnit('B')).toEqual(['PB', 'PE1']);
    expect(byUnit('D')).toEqual([]);
    expect(bars.every((b) => b.barredYear === 2026)).toBe(true);
    const disqualified = (await get('/assessments/2025/award-disqualifications')) as {
      unitId: string;
    }[];
    expect(disqualified.map((d) => d.unitId).sort()).toEqual(['B', 'T1', 'T2']);
  });

  it('ranks within each kind, vetoed units last', async () => {
    const table = await get('/assessments/2025?kind=town');
    expect(table.units.map((u: { unitId: string; rank: number }) => [u.unitId, u.rank])).toEqual([
      ['T3', 1],
      ['T2', 2],
      ['T1', 3],
    ]);
    expect(table.finalized).toBe(false);
  });

  it('exports the year as a workbook with the five sheets and the same figures', async () => {
    const response = await t
      .http()
      .get(`/api/v1/assessments/2025/export.xlsx?minPosition=${last}`)
      .set(auth)
      .buffer(true)
      .parse(asBuffer)
      .expect(200);
    expect(response.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '考核排名',
      '单位得分明细',
      '一票否决',
      '取消提拔资格',
      '隐患台账',
    ]);
    const league = workbook.getWorksheet('考核排名')!;
    expect(league.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    const rows = league.getSheetValues().slice(HEADER_ROW + 1) as unknown[][];
    const t2 = rows.find((row) => row[4] === 'T2')!;
    expect(t2[5]).toBe(71.5);
    expect(typeof t2[5]).toBe('number');
    expect(t2[10]).toBe('是');
    const bars = workbook
      .getWorksheet('取消提拔资格')!
      .getSheetValues()
      .slice(HEADER_ROW + 1) as unknown[][];
    expect(bars.map((row) => row[2]).sort()).toEqual([
      'DP1',
      'P1b',
      'P2',
      'PB',
      'PE1',
      'PE1',
      'S1',
      'S2',
    ]);
    // The provisional column (暂定) of the bars: T2's rest on its pending incidents.
    const barsSheet = workbook.getWorksheet('取消提拔资格')!;
    const barsHeader = barsSheet.getRow(HEADER_ROW).values as unknown[];
    const provisionalColumn = barsHeader.indexOf('暂定');
    expect(provisionalColumn).toBeGreaterThan(0);
    expect(bars.filter((row) => row[provisionalColumn] === '是').map((row) => row[2])).toEqual([
      'P2',
      'S2',
    ]);
    const vetoSheet = workbook.getWorksheet('一票否决')!;
    const vetoHeader = vetoSheet.getRow(HEADER_ROW).values as unknown[];
    const vetoRows = vetoSheet.getSheetValues().slice(HEADER_ROW + 1) as unknown[][];
    expect(
      vetoRows.filter((row) => row[vetoHeader.indexOf('暂定')] === '是').map((row) => row[2]),
    ).toEqual(['T2']);
    const itemSheet = workbook.getWorksheet('单位得分明细')!;
    const itemHeader = itemSheet.getRow(HEADER_ROW).values as unknown[];
    const itemRows = itemSheet.getSheetValues().slice(HEADER_ROW + 1) as unknown[][];
    expect(
      itemRows.some((row) => row[2] === 'T1' && row[itemHeader.indexOf('暂定')] === '是'),
    ).toBe(true);
    const ledger = workbook
      .getWorksheet('隐患台账')!
      .getSheetValues()
      .slice(HEADER_ROW + 1) as unknown[][];
    expect(ledger.find((row) => row[2] === 'D')!.slice(4, 7)).toEqual([3, 2, 66.7]);
  });

  it('measures the control-indicator rates from the statistics of the year', async () => {
    const rates = await get('/assessments/2025/units/T1/control-indicators');
    const byName = Object.fromEntries(
      (
        rates.indicators as {
          indicator: string;
          actual: number | null;
          cap: number | null;
          exceeded: boolean;
        }[]
      ).map((i) => [i.indicator, i]),
    );
    // Deaths of the year in T1: I-LATE 1 + I-L 3 = 4, both construction (工矿商贸).
    expect(byName.maxDeaths).toMatchObject({ actual: 4, cap: 2, exceeded: true });
    expect(byName.maxDeathsPer100mGdp).toMatchObject({ actual: 0.05, cap: null, exceeded: false });
    expect(byName.maxIndustrialDeathsPer100k.actual).toBeCloseTo(10, 9);
    expect(byName.maxRoadDeathsPer10kVehicles.actual).toBeNull();
  });

  it('counts an incident by its CST date at New Year', async () => {
    const incidents2025 = await get('/incidents?year=2025&unitId=T2');
    const ids = incidents2025.items.map((i: { id: string }) => i.id);
    expect(ids).toContain('I-NY2');
    expect(ids).not.toContain('I-NY1');
    const t2 = await unit('T2');
    const incidentStreams = (t2.items as Item[])
      .filter((i) => i.section === 'outcomes')
      .flatMap((i) => i.events.map((e) => e.streamId));
    expect(incidentStreams).not.toContain('incident-I-NY1');
  });

  it('names the leader of the day in the responsibility chain of an incident', async () => {
    const chain = await get('/incidents/I-L/responsibility-chain');
    const t1 = chain.links.find((l: { unitId: string }) => l.unitId === 'T1');
    const principals = t1.posts
      .filter((p: { post: string }) => p.post === 'principal')
      .map((p: { personId: string }) => p.personId);
    expect(principals).toEqual(['P1b']);
    expect(chain.links.map((l: { unitId: string }) => l.unitId)).toEqual(
      expect.arrayContaining(['E1', 'T1', 'D', 'C', 'B']),
    );
  });

  it('answers as recorded before the concealment was established, differing by exactly that finding', async () => {
    const now = await unit('T2');
    const then = await unit('T2', `?asOf=${encodeURIComponent(beforeConcealment)}`);
    expect(then.score).toBe(81.5);
    expect(now.score - then.score).toBeCloseTo(-10, 9);
    const finding = (now.items as Item[]).filter(
      (i) => !(then.items as Item[]).some((j) => j.rule === i.rule && j.points === i.points),
    );
    expect(finding).toHaveLength(1);
    expect(finding[0].events[0].streamId).toBe('incident-I-OLD');
    expect((then.vetoReasons as { rule: string }[]).map((v) => v.rule.split(':')[0])).toEqual([
      'control_indicator',
    ]);
  });

  it('freezes the year at finalisation and lists later changes for review', async () => {
    const finalized = await post(
      '/assessments/2025/finalization',
      { finalizedAt: cst('2026-01-15T09:00:00') },
      200,
    );
    // What was still provisional at finalisation: every unit whose result rests on a pending
    // incident (I-NY2, I-T2b, I-LATE), with only those lines. T3 has no incident.
    const provisional = finalized.provisional as {
      unitId: string;
      items: { rule: string; provisional: boolean }[];
      vetoReasons: { rule: string }[];
      promotionBars: { personId: string }[];
    }[];
    expect(provisional.map((p) => p.unitId).sort()).toEqual(['B', 'D', 'T1', 'T2']);
    const t2 = provisional.find((p) => p.unitId === 'T2')!;
    expect(t2.vetoReasons.map((v) => v.rule)).toEqual(['control_indicator:maxAccidents']);
    expect(t2.promotionBars.map((b) => b.personId)).toEqual(['P2', 'S2']);
    expect(t2.items.every((i) => i.provisional)).toBe(true);
    expect(t2.items.map((i) => i.rule)).toEqual([
      'general_incident',
      'general_incident',
      'control_indicator_exceeded',
    ]);
    const t1 = provisional.find((p) => p.unitId === 'T1')!;
    expect(t1.vetoReasons).toEqual([]);
    expect(t1.promotionBars).toEqual([]);
    expect(t1.items.map((i) => i.rule)).toEqual(['general_incident', 'outcomes_floor']);
    const revision = await post(
      '/incidents/I-NY2/casualty-revisions',
      {
        deaths: 1,
        seriousInjuries: 1,
        directLossYuan: 10_000,
        revisedAt: cst('2026-01-20T09:00:00'),
      },
      200,
    );
    const table = await get('/assessments/2025?kind=town');
    expect(table.finalized).toBe(true);
    expect(table.units.find((u: { unitId: string }) => u.unitId === 'T2').score).toBe(71.5);
    const changes = table.postFinalizationChanges as {
      unitId: string;
      events: { streamId: string }[];
    }[];
    // T2 would lose 2 points for the added death; D's outcomes are already floored at 0, so D's result is unchanged.
    expect(changes.map((c) => c.unitId)).toEqual(['T2']);
    expect(changes.find((c) => c.unitId === 'T2')!.events.map((e) => e.streamId)).toContain(
      'incident-I-NY2',
    );
    expect((changes[0] as unknown as { description: string }).description).toContain(
      '得分 71.5 → 69.5',
    );
    expect(revision.position).toBeGreaterThan(0);
    await post(
      '/assessments/2025/units/T3/task-scores',
      { taskCode: 'K1', score: 30, evaluatedAt: cst('2026-01-20T09:00:00'), evidence: '补充' },
      409,
    );
  });
});
