import { randomUUID } from 'node:crypto';
import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { useTestApp } from './support/api';
import { department, district, enterprise, seedTree, town } from './support/tree';

const cst = (local: string) => `${local}+08:00`;

describe('hazard reads: whose hazards, ledger, inspections', () => {
  const api = useTestApp();

  const post = async (path: string, body: object, status = 201) =>
    (await api.write(path, body, status)).body;
  const get = api.read;
  const hazardIds = async (query: string) =>
    ((await get(`/hazards?${query}`)).body.items as { id: string }[]).map((h) => h.id).sort();

  beforeAll(async () => {
    await seedTree(api, [
      district('D', '区'),
      town('T', 'D', '镇'),
      town('T2', 'D', '二镇'),
      enterprise('E', 'T', 'construction', '建筑公司'),
      enterprise('F', 'T', 'hazardous_chemicals', '化工厂'),
      department('B', 'D', ['construction'], '住建局'),
    ]);
    await post('/inspections', {
      id: 'INS',
      inspectedUnitId: 'E',
      inspectingUnitId: 'B',
      kind: 'special',
      conductedAt: cst('2025-03-01T09:00:00'),
      inspectors: ['甲', '乙'],
      findings: [
        {
          hazardId: 'H1',
          level: 'general',
          description: '临边防护缺失',
          deadline: cst('2025-03-10T09:00:00'),
        },
        {
          hazardId: 'H2',
          level: 'major',
          description: '深基坑无监测',
          deadline: cst('2025-03-20T09:00:00'),
        },
      ],
    });
    await post('/hazards', {
      id: 'H3',
      unitId: 'F',
      level: 'general',
      description: '仓库超量储存',
      identifiedAt: cst('2025-03-05T09:00:00'),
      deadline: cst('2025-03-25T09:00:00'),
    });
    await post('/hazards/H1/rectification', { rectifiedAt: cst('2025-03-08T09:00:00') }, 200);
    await post('/hazards/H3/rectification', { rectifiedAt: cst('2025-03-20T09:00:00') }, 200);
    await post(
      '/hazards/H3/verification',
      { passed: true, verifiedAt: cst('2025-03-21T09:00:00'), verifier: '验收组' },
      200,
    );
  });

  it('lists the hazards each unit answers for', async () => {
    expect(await hazardIds('unitId=D')).toEqual(['H1', 'H2', 'H3']);
    expect(await hazardIds('unitId=T')).toEqual(['H1', 'H2', 'H3']);
    expect(await hazardIds('unitId=B')).toEqual(['H1', 'H2']);
    expect(await hazardIds('unitId=E')).toEqual(['H1', 'H2']);
    expect(await hazardIds('unitId=T2')).toEqual([]);
    expect(await hazardIds('unitId=D&level=major')).toEqual(['H2']);
    expect(await hazardIds('unitId=D&overdue=true')).toEqual(['H2']);
    await get('/hazards?unitId=NOPE', 404);
    await get('/hazards?level=huge', 400);
    await get('/hazards?limit=abc', 400);
    await get('/hazards?limit=1001', 400);
  });

  it('pages the list and shows the overdue flag at the reading time', async () => {
    const page = (await get('/hazards?unitId=D&limit=1&offset=1')).body;
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.items).toHaveLength(1);
    const all = (await get('/hazards?unitId=D')).body;
    expect(all).toMatchObject({ total: 3, limit: 100, offset: 0 });
    const h2 = all.items.find((h: { id: string }) => h.id === 'H2');
    expect(h2).toMatchObject({
      level: 'major',
      levelLabel: '重大隐患',
      status: 'identified',
      statusLabel: '待整改',
      overdue: true,
    });
    expect(h2).not.toHaveProperty('unitPath');
  });

  it('keeps the ledger of a month with the rate rule (major counts only when verified)', async () => {
    const ledger = (await get('/hazard-ledger?unitId=D&month=2025-03&items=true')).body;
    // Identified: H1, H2, H3. Rectified: H1 (general, rectified) and H3 (verified); H2 (major) not.
    expect(ledger).toMatchObject({
      unitId: 'D',
      period: '2025-03',
      identified: 3,
      rectified: 2,
      overdue: 1,
      majorUnderSupervision: 1,
      rectificationRate: 66.7,
    });
    expect(ledger.items.overdue).toEqual(['H2']);
    const department = (await get('/hazard-ledger?unitId=B&year=2025')).body;
    expect(department).toMatchObject({ identified: 2, rectified: 1, rectificationRate: 50 });
    await get('/hazard-ledger?unitId=D', 400);
    await get('/hazard-ledger?unitId=D&month=2025-13', 400);
    await get('/hazard-ledger?unitId=D&month=2025-03&year=2025', 400);
    await get('/hazard-ledger?unitId=NOPE&year=2025', 404);
    const empty = (await get('/hazard-ledger?unitId=T2&month=2025-03')).body;
    expect(empty).toMatchObject({ identified: 0, rectified: 0, rectificationRate: 100 });
  });

  it('gives the months of a year from one read, each as its own month answers', async () => {
    const year = (await get('/hazard-ledger?unitId=D&year=2025&byMonth=true&items=true')).body;
    const alone = (await get('/hazard-ledger?unitId=D&year=2025&items=true')).body;
    const { months, ...total } = year;
    expect(total).toEqual(alone);
    expect(months.map((m: { period: string }) => m.period)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
    );
    for (const month of ['2025-02', '2025-03', '2025-04']) {
      const { unitId, ...single } = (await get(`/hazard-ledger?unitId=D&month=${month}&items=true`))
        .body;
      expect(unitId).toBe('D');
      expect(months.find((m: { period: string }) => m.period === month)).toEqual(single);
    }
    expect((await get('/hazard-ledger?unitId=D&year=2025')).body.months).toBeUndefined();
    await get('/hazard-ledger?unitId=D&month=2025-03&byMonth=true', 400);
    await get('/hazard-ledger?unitId=D&year=2025&byMonth=yes', 400);
  });

  it('lists inspections by inspecting unit and year', async () => {
    const inspections = (await get('/inspections?inspectingUnitId=B&year=2025')).body;
    expect(inspections.items.map((i: { id: string }) => i.id)).toEqual(['INS']);
    expect(inspections.items[0].hazardIds).toEqual(['H1', 'H2']);
    expect((await get('/inspections?inspectingUnitId=B&year=2024')).body.total).toBe(0);
    expect((await get('/inspections?inspectedUnitId=E')).body.total).toBe(1);
  });

  it('lists whistleblower reports about a unit', async () => {
    await post('/reports', {
      id: 'R1',
      subjectUnitId: 'F',
      receivedAt: cst('2025-03-02T09:00:00'),
      content: '夜间超量储存',
      anonymous: true,
    });
    await post(
      '/reports/R1/verification',
      {
        substantiated: true,
        verifiedAt: cst('2025-03-05T09:00:00'),
        hazardIds: ['H3'],
        rewardYuan: 500,
      },
      200,
    );
    const reports = (await get('/reports?subjectUnitId=F')).body;
    expect(reports).toMatchObject({ total: 1 });
    expect(reports.items[0]).toMatchObject({
      id: 'R1',
      content: '夜间超量储存',
      status: 'verified',
      statusLabel: '已核查',
      verification: { substantiated: true, rewardYuan: 500, hazardIds: ['H3'] },
    });
    expect(reports.items[0]).toEqual((await get('/reports/R1')).body);
    expect((await get('/reports?subjectUnitId=E')).body.total).toBe(0);
  });

  it('carries a 2024 hazard still open into 2025: listed overdue, in the ledger and the assessment', async () => {
    await post('/units', enterprise('G', 'T2', 'hazardous_chemicals', '危化仓库'));
    await post('/hazards', {
      id: 'H0',
      unitId: 'G',
      level: 'major',
      description: '液氨储罐无泄漏报警',
      identifiedAt: cst('2024-11-01T09:00:00'),
      deadline: cst('2024-12-01T09:00:00'),
    });
    expect(await hazardIds('unitId=T2&overdue=true')).toEqual(['H0']);
    const march = (await get('/hazard-ledger?unitId=T2&month=2025-03&items=true')).body;
    expect(march).toMatchObject({
      identified: 0,
      rectificationRate: 100,
      carriedOver: 1,
      overdue: 1,
    });
    expect(march.items).toMatchObject({ carriedOver: ['H0'], overdue: ['H0'] });
    const district = (await get('/hazard-ledger?unitId=D&year=2025')).body;
    expect(district).toMatchObject({ identified: 3, carriedOver: 1, overdue: 2 });
    const assessment = (await get('/assessments/2025/units/T2')).body;
    const overdue = assessment.items.filter(
      (i: { rule: string }) => i.rule === 'overdue_major_hazards',
    );
    expect(overdue).toHaveLength(1);
    expect(overdue[0].points).toBe(-3);
    expect(overdue[0].label).toContain('跨年');
    expect(assessment.rectificationRate).toMatchObject({ identified: 0, overdueMajor: 1 });
  });

  it('keeps a late extension of the previous release: it still extends, and results resting on it say so', async () => {
    await post('/hazards', {
      id: 'H-L',
      unitId: 'G',
      level: 'general',
      description: '仓库超量储存',
      identifiedAt: cst('2025-03-01T09:00:00'),
      deadline: cst('2025-03-10T09:00:00'),
    });
    const store = api.t.app.get<EventStore>(EVENT_STORE);
    const [{ revision }] = (await store.readStream('hazard-H-L')).slice(-1);
    const appended = await store.append(
      'hazard-H-L',
      [
        {
          id: randomUUID(),
          type: 'HazardDeadlineExtended',
          schemaVersion: 1,
          data: {
            previousDeadline: new Date(cst('2025-03-10T09:00:00')).toISOString(),
            deadline: '2099-06-01T00:00:00.000Z',
            reason: '旧版本：逾期后补办延期',
            extendedAt: new Date(cst('2025-03-15T09:00:00')).toISOString(),
          },
          metadata: { actorId: 'bootstrap-admin', actorRole: 'admin', requestId: 'old-release' },
        },
      ],
      revision,
    );
    api.last = appended.position;
    const extensionEvent = appended.events[0].id;

    expect(await hazardIds('unitId=G&overdue=true')).toEqual(['H0']);
    const ledger = (await get('/hazard-ledger?unitId=G&month=2025-03&items=true')).body;
    expect(ledger.items.overdue).toEqual(['H0']);
    expect(ledger.items.markedExtensions).toEqual([
      expect.objectContaining({ hazardId: 'H-L', late: true, backdated: true }),
    ]);
    const assessment = (await get('/assessments/2025/units/T2')).body;
    expect(assessment.rectificationRate).toMatchObject({ identified: 1, overdueGeneral: 0 });
    const averted = assessment.items.find(
      (i: { rule: string }) => i.rule === 'overdue_averted_by_marked_extension',
    );
    expect(averted).toMatchObject({
      points: 0,
      markedExtensions: [
        {
          hazardId: 'H-L',
          event: { streamId: 'hazard-H-L', eventId: extensionEvent },
          backdated: true,
          late: true,
        },
      ],
    });

    // H0, carried over, is verified passed in 2025: the year's figures no longer count it.
    await post(
      '/hazards/H0/plan',
      {
        measures: '加装泄漏报警',
        fundsYuan: 80000,
        deadline: cst('2025-04-01T09:00:00'),
        responsiblePerson: '厂长',
        contingencyPlan: '泄漏应急预案',
        plannedAt: cst('2025-03-01T09:00:00'),
      },
      200,
    );
    await post('/hazards/H0/rectification', { rectifiedAt: cst('2025-03-20T09:00:00') }, 200);
    await post(
      '/hazards/H0/verification',
      { passed: true, verifiedAt: cst('2025-03-25T09:00:00'), verifier: '验收组' },
      200,
    );
    const after = (await get('/assessments/2025/units/T2')).body;
    expect(after.items.map((i: { rule: string }) => i.rule)).not.toContain('overdue_major_hazards');
    expect(after.rectificationRate).toMatchObject({ overdueMajor: 0 });
    const april = (await get('/hazard-ledger?unitId=T2&month=2025-04&items=true')).body;
    expect(april.items).toMatchObject({ carriedOver: ['H-L'], overdue: [] });
    const march = (await get('/hazard-ledger?unitId=T2&month=2025-03&items=true')).body;
    expect(march.items).toMatchObject({ carriedOver: ['H0'], overdue: [] });
  });
});
