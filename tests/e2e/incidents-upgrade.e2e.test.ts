import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { startTestApp, type TestApp } from './harness';
import { Api } from './support/api';
import { agreementBody } from './support/bodies';
import { appoint, department, enterprise, seedTree, townTree } from './support/tree';

/**
 * A store written by the release before issue 17: incidents recorded without headInformedAt,
 * findings without responsible units or persons, a conclusion without a nature. The events are
 * appended straight through the event store port, in those old shapes; the service must read
 * them as they were meant: head informed at occurrence, the place at the time, liability.
 */
describe('incidents recorded by the previous release', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'old-incidents-'));
  let t: TestApp;
  const api = new Api(() => t);

  const OCCURRED = '2025-03-10T01:00:00.000Z';
  const REPORTED = '2025-03-10T03:00:00.000Z';

  async function appendOldIncident(): Promise<number> {
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    const metadata = { actorId: 'bootstrap-admin', actorRole: 'admin', requestId: 'old' };
    const old = (type: string, data: object) => ({ id: randomUUID(), type, data, metadata });
    const result = await store.append(
      'incident-I-OLD',
      [
        old('IncidentReported', {
          id: 'I-OLD',
          unitId: 'E1',
          industry: 'construction',
          occurredAt: OCCURRED,
          reportedAt: REPORTED,
          deaths: 3,
          seriousInjuries: 0,
          directLossYuan: 0,
          description: '坍塌',
          grade: 'larger',
          late: true,
        }),
        old('MisreportingFindingEstablished', {
          kind: 'late',
          establishedAt: REPORTED,
          detail: 'reported 120 minutes after occurrence',
          automatic: true,
        }),
        old('IncidentDetailsCorrected', {
          field: 'unitId',
          from: 'E1',
          to: 'E2',
          reason: '事故单位登记错误',
          correctedAt: '2025-03-11T00:00:00.000Z',
          late: true,
        }),
        old('MisreportingFindingEstablished', {
          kind: 'concealed',
          establishedAt: '2025-03-12T00:00:00.000Z',
          detail: '瞒报一人',
          automatic: false,
        }),
        old('InvestigationOpened', { openedAt: '2025-03-11T00:00:00.000Z' }),
        old('InvestigationConcluded', {
          concludedAt: '2025-04-20T00:00:00.000Z',
          cause: '支护不当',
          liable: [{ unitId: 'E2', role: '施工单位', finding: '未按方案施工' }],
          measures: ['整改支护'],
          overdue: false,
        }),
      ],
      'no_stream',
    );
    await store.close();
    return result.position;
  }

  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: dataDir });
    await seedTree(api, townTree('D', enterprise('E1', 'T1', 'construction', 'E1')));
    await seedTree(api, [enterprise('E2', 'T1', 'construction', 'E2')]);
    await t.close();
    const position = await appendOldIncident();
    t = await startTestApp({ DATA_DIR: dataDir });
    await api.get(`/incidents?unitId=D&minPosition=${position}`).expect(200);
  }, 60_000);

  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const expected = {
    id: 'I-OLD',
    unitId: 'E2',
    headInformedAt: OCCURRED,
    late: true,
    nature: 'liability',
    relays: [],
    findings: [
      expect.objectContaining({
        kind: 'late',
        responsibleUnitIds: ['E2'],
        responsiblePersonIds: [],
      }),
      expect.objectContaining({
        kind: 'concealed',
        responsibleUnitIds: ['E2'],
        responsiblePersonIds: [],
      }),
    ],
  };

  it('reads each old event with its meaning: head informed at occurrence, the place at the time, liability', async () => {
    const response = await api.get('/incidents/I-OLD').expect(200);
    expect(response.body).toMatchObject(expected);
  });

  it('the read model built from the old events says the same', async () => {
    const list = await api.get('/incidents?unitId=D').expect(200);
    expect(list.body.items).toEqual([expect.objectContaining(expected)]);
    expect(list.body.items[0]).toEqual((await api.get('/incidents/I-OLD').expect(200)).body);
  });

  it('the old incident takes new commands: a correction of headInformedAt, once approved, re-derives late', async () => {
    const office = await api.userToken('office-D', 'office', 'D');
    const proposed = await api
      .post('/incidents/I-OLD/corrections', {
        field: 'headInformedAt',
        to: '2025-03-10T02:30:00.000Z',
        reason: '负责人晚知悉',
      })
      .expect(201);
    await t
      .http()
      .post(`/api/v1/incidents/I-OLD/corrections/${proposed.body.correctionId}/approval`)
      .set({ Authorization: `Bearer ${office}` })
      .send({ approvedAt: new Date().toISOString() })
      .expect(200);
    const corrected = await api.get('/incidents/I-OLD').expect(200);
    expect(corrected.body.late).toBe(false);
    expect(corrected.body.findings.map((f: { kind: string }) => f.kind)).toEqual(['concealed']);
  });
});

/**
 * A year as the previous release recorded it, assessed by this one. D > T1 > E1 (construction)
 * and department B (regulates construction); agreements for 2025: T1, E1, B (one office-scored
 * task of 60: T1 50, E1 40, B 45). Hazard H-X (general, E1, deadline 2025-03-10) never rectified.
 * Appended straight through the event store port in the old shapes:
 * - T1's deputy in charge DC1 appointed without a portfolio;
 * - I-OLD at E1, reported as industry_trade, 3 deaths (larger), 2025-05-10; an old correction of
 *   the industry to construction (no correctionId, proposer or approver), which alone brings
 *   I-OLD to B; a concealed finding without responsible units; a conclusion without nature,
 *   naming PE1 liable;
 * - H-X's deadline extended on 2025-03-15, after it had passed, to 2026-06-30.
 * By hand: T1 40 − 10 (larger) − 10 (finding) − 10 (rate 0, capped) = 10, score 60; E1 = 10,
 * score 50; B = 10, score 55. All three are vetoed by I-OLD (liability: not provisional); the
 * finding vetoes only E1, the place. H-X is not overdue (the late extension still extends) but
 * named with its marks. Bars 2026: T1 P1, DC1, PE1; E1 PE1; B PB, PE1.
 */
describe('a year recorded by the previous release, assessed', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'old-year-'));
  const cst = (local: string) => new Date(`${local}+08:00`).toISOString();
  let t: TestApp;
  const api = new Api(() => t);
  const post = async (path: string, body: object, status = 201) =>
    (await api.write(path, body, status)).body;
  const get = async (path: string) => (await api.read(path)).body;
  const unit = (id: string) => get(`/assessments/2025/units/${id}`);

  async function appendOldYear(): Promise<number> {
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    const metadata = { actorId: 'bootstrap-admin', actorRole: 'admin', requestId: 'old-release' };
    const old = (type: string, data: object, schemaVersion?: number) => ({
      id: randomUUID(),
      type,
      data,
      metadata,
      ...(schemaVersion ? { schemaVersion } : {}),
    });
    await store.append(
      'unit-T1',
      [
        old('PersonAppointed', {
          unitId: 'T1',
          personId: 'DC1',
          personName: '分管副镇长',
          post: 'deputy_in_charge',
          from: cst('2020-01-01T00:00:00'),
        }),
      ],
      'any',
    );
    await store.append(
      'incident-I-OLD',
      [
        old('IncidentReported', {
          id: 'I-OLD',
          unitId: 'E1',
          industry: 'industry_trade',
          registeredIndustry: 'construction',
          occurredAt: cst('2025-05-10T09:00:00'),
          reportedAt: cst('2025-05-10T09:30:00'),
          deaths: 3,
          seriousInjuries: 0,
          directLossYuan: 0,
          description: '坍塌',
          grade: 'larger',
          late: false,
        }),
        old('IncidentDetailsCorrected', {
          field: 'industry',
          from: 'industry_trade',
          to: 'construction',
          reason: '行业填报有误',
          correctedAt: cst('2025-05-11T09:00:00'),
          late: false,
        }),
        old('MisreportingFindingEstablished', {
          kind: 'concealed',
          establishedAt: cst('2025-06-01T09:00:00'),
          detail: '瞒报一名死亡人员',
          automatic: false,
        }),
        old('InvestigationOpened', { openedAt: cst('2025-05-11T09:00:00') }),
        old('InvestigationConcluded', {
          concludedAt: cst('2025-06-20T09:00:00'),
          cause: '支护不当',
          liable: [{ personId: 'PE1', role: '企业主要负责人', finding: '未落实主体责任' }],
          measures: ['整改支护'],
          overdue: false,
        }),
      ],
      'no_stream',
    );
    const extended = await store.append(
      'hazard-H-X',
      [
        old(
          'HazardDeadlineExtended',
          {
            previousDeadline: cst('2025-03-10T09:00:00'),
            deadline: cst('2026-06-30T09:00:00'),
            reason: '旧版本：逾期后补办延期',
            extendedAt: cst('2025-03-15T09:00:00'),
          },
          1,
        ),
      ],
      'any',
    );
    await store.close();
    return extended.position;
  }

  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: dataDir });
    await seedTree(api, [
      ...townTree('D'),
      department('B', 'D', ['construction'], '住建局'),
      enterprise('E1', 'T1', 'construction', '建工一公司'),
    ]);
    for (const [unitId, personId] of [
      ['D', 'PD'],
      ['T1', 'P1'],
      ['B', 'PB'],
      ['E1', 'PE1'],
    ])
      await appoint(api, unitId, personId, 'principal', cst('2020-01-01T00:00:00'), personId);
    for (const [unitId, issuer, signatory, score] of [
      ['T1', ['D', 'PD'], 'P1', 50],
      ['E1', ['T1', 'P1'], 'PE1', 40],
      ['B', ['D', 'PD'], 'PB', 45],
    ] as const) {
      await post('/agreements', agreementBody(unitId, issuer, signatory));
      await post(`/assessments/2025/units/${unitId}/task-scores`, {
        taskCode: 'K1',
        score,
        evaluatedAt: cst('2025-12-20T09:00:00'),
        evidence: '考核材料',
      });
    }
    await post('/hazards', {
      id: 'H-X',
      unitId: 'E1',
      level: 'general',
      description: '脚手架未验收',
      identifiedAt: cst('2025-03-01T09:00:00'),
      deadline: cst('2025-03-10T09:00:00'),
    });
    await t.close();
    api.last = await appendOldYear();
    t = await startTestApp({ DATA_DIR: dataDir });
  }, 60_000);

  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  interface Item {
    rule: string;
    points: number;
    provisional: boolean;
  }
  const rulesOf = (items: Item[]) => items.map((i) => [i.rule, i.points, i.provisional]);
  const barsOf = (bars: { personId: string; provisional: boolean }[]) =>
    bars.map((b) => [b.personId, b.provisional]).sort();

  it('scores the old year as worked out by hand', async () => {
    for (const [id, score, outcomes] of [
      ['T1', 60, 10],
      ['E1', 50, 10],
      ['B', 55, 10],
    ] as const) {
      expect(await unit(id)).toMatchObject({
        score,
        sections: { outcomes, bonus: 0 },
        vetoed: true,
        grade: 'fail',
      });
    }
  });

  it('reads the conclusion without a nature as liability: nothing is provisional', async () => {
    expect((await get('/incidents/I-OLD')).nature).toBe('liability');
    const t1 = await unit('T1');
    expect(rulesOf(t1.items)).toEqual([
      ['task', 50, false],
      ['larger_or_worse_incident', -10, false],
      ['misreporting_finding', -10, false],
      ['overdue_averted_by_marked_extension', 0, false],
      ['rectification_rate', -10, false],
    ]);
    expect(t1.vetoReasons).toEqual([
      expect.objectContaining({ rule: 'incidents:larger:1', provisional: false }),
    ]);
    const bars = await get('/assessments/2025/promotion-bars');
    expect(bars.every((b: { provisional: boolean }) => !b.provisional)).toBe(true);
  });

  it('deducts the old finding chain-wide but vetoes only the place', async () => {
    for (const id of ['T1', 'B', 'E1']) {
      const result = await unit(id);
      expect((result.items as Item[]).filter((i) => i.rule === 'misreporting_finding').length).toBe(
        1,
      );
      const vetoes = (result.vetoReasons as { rule: string }[]).map((v) => v.rule);
      expect(vetoes).toEqual(
        id === 'E1' ? ['incidents:larger:1', 'misreporting:concealed'] : ['incidents:larger:1'],
      );
    }
  });

  it('bars the old deputy in charge (no portfolio) and the liable person, not provisionally', async () => {
    expect(barsOf((await unit('T1')).promotionBars)).toEqual([
      ['DC1', false],
      ['P1', false],
      ['PE1', false],
    ]);
    expect(barsOf((await unit('E1')).promotionBars)).toEqual([['PE1', false]]);
    expect(barsOf((await unit('B')).promotionBars)).toEqual([
      ['PB', false],
      ['PE1', false],
    ]);
    const t1 = await get('/units/T1');
    expect(t1.posts).toContainEqual(
      expect.objectContaining({ personId: 'DC1', portfolioIndustries: [] }),
    );
  });

  it('keeps the old correction applied (it brings I-OLD to B) and lists it without proposer or approver', async () => {
    const b = await unit('B');
    expect(b.corrections).toEqual([
      expect.objectContaining({
        incidentId: 'I-OLD',
        changes: [
          { field: 'industry', fieldLabel: '所属行业', from: 'industry_trade', to: 'construction' },
        ],
        reason: '行业填报有误',
      }),
    ]);
    expect(b.corrections[0].proposedBy).toBeUndefined();
    expect(b.corrections[0].approvedBy).toBeUndefined();
  });

  it('lets the late extension still extend, marked late and backdated', async () => {
    const e1 = await unit('E1');
    expect(e1.rectificationRate).toMatchObject({ identified: 1, rectified: 0, overdueGeneral: 0 });
    const averted = (e1.items as (Item & { markedExtensions: object[] })[]).find(
      (i) => i.rule === 'overdue_averted_by_marked_extension',
    );
    expect(averted?.markedExtensions).toEqual([
      expect.objectContaining({ hazardId: 'H-X', late: true, backdated: true }),
    ]);
  });
});
