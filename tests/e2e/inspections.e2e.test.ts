import { randomUUID } from 'node:crypto';
import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { hashRequestBody } from '../../src/modules/shared/command-context';
import { fieldsOf, useTestApp } from './support/api';
import { enterprise, seedTree, townTree } from './support/tree';

const CONDUCTED = '2025-03-01T02:00:00.000Z';

describe('inspections, hazards and reports over HTTP', () => {
  const api = useTestApp();
  const { post, get, eventCount } = api;
  beforeAll(() =>
    seedTree(api, townTree('D1', enterprise('E1', 'T1', 'hazardous_chemicals', '某化工有限公司'))),
  );

  const inspection = (overrides: Record<string, unknown> = {}) => ({
    inspectedUnitId: 'E1',
    inspectingUnitId: 'T1',
    kind: 'unannounced',
    conductedAt: '2025-03-01T10:00:00+08:00',
    inspectors: ['王五', '赵六'],
    findings: [
      { level: 'general', description: '消防通道堵塞', deadline: '2025-03-15T00:00:00Z' },
      { level: 'major', description: '储罐区可燃气体报警失效', deadline: '2025-04-01T00:00:00Z' },
    ],
    ...overrides,
  });
  const hazard = (overrides: Record<string, unknown> = {}) => ({
    unitId: 'E1',
    level: 'major',
    description: '反应釜超压联锁未投用',
    identifiedAt: '2025-05-01T00:00:00Z',
    deadline: '2025-06-01T00:00:00Z',
    ...overrides,
  });
  const plan = (overrides: Record<string, unknown> = {}) => ({
    measures: '恢复联锁并校验',
    fundsYuan: 85000,
    deadline: '2025-05-20T00:00:00Z',
    responsiblePerson: '厂长 李四',
    contingencyPlan: '超压时紧急泄放并疏散',
    ...overrides,
  });

  describe('POST /inspections', () => {
    let ins1Position = 0;
    it('records the inspection and one hazard per finding, the major one listed for supervision', async () => {
      const before = await eventCount();
      const response = await post('/inspections', inspection({ id: 'INS1' })).expect(201);
      expect(response.body).toMatchObject({
        id: 'INS1',
        inspectedUnitId: 'E1',
        inspectingUnitId: 'T1',
        kind: 'unannounced',
        conductedAt: CONDUCTED,
        inspectors: ['王五', '赵六'],
        hazardIds: ['INS1-F1', 'INS1-F2'],
        position: expect.any(Number),
      });
      expect(response.body.findings[0]).toEqual({
        hazardId: 'INS1-F1',
        level: 'general',
        levelLabel: '一般隐患',
        description: '消防通道堵塞',
        deadline: '2025-03-15T00:00:00.000Z',
      });
      const [general, major] = response.body.hazards;
      expect(general).toMatchObject({
        id: 'INS1-F1',
        unitId: 'E1',
        level: 'general',
        status: 'identified',
        identifiedAt: CONDUCTED,
        source: { inspectionId: 'INS1' },
        overdue: true,
      });
      expect(general.supervision).toBeUndefined();
      expect(major).toMatchObject({
        id: 'INS1-F2',
        level: 'major',
        supervision: { supervisingUnitId: 'T1', listedAt: CONDUCTED },
      });
      expect(await eventCount()).toBe(response.body.position);
      ins1Position = response.body.position;
      // the inspection, the general hazard, the major one and its listing
      expect(response.body.position - before).toBe(4);

      const fetched = await get('/hazards/INS1-F2').expect(200);
      expect(fetched.body).toMatchObject({ id: 'INS1-F2', status: 'identified', overdue: true });
      expect(fetched.body.position).toBeUndefined();
      const fetchedInspection = await get('/inspections/INS1').expect(200);
      expect(fetchedInspection.body.hazardIds).toEqual(['INS1-F1', 'INS1-F2']);
    });

    it('links each hazard to the inspection event that caused it', async () => {
      const store = api.t.app.get<EventStore>(EVENT_STORE);
      const [conducted] = await store.readStream('inspection-INS1');
      const [identified] = await store.readStream('hazard-INS1-F1');
      expect(identified.metadata.causationId).toBe(conducted.id);
    });

    it('keeps client hazard ids and assigns the rest', async () => {
      const response = await post(
        '/inspections',
        inspection({
          id: 'INS2',
          kind: 'routine',
          findings: [
            {
              hazardId: 'H-own',
              level: 'general',
              description: '安全警示标志缺失',
              deadline: '2025-03-10T00:00:00Z',
            },
            { level: 'general', description: '灭火器过期', deadline: '2025-03-10T00:00:00Z' },
          ],
        }),
      ).expect(201);
      expect(response.body.hazardIds).toEqual(['H-own', 'INS2-F2']);
      await get('/hazards/H-own').expect(200);
    });

    it('replays a repeated inspection with the same body and refuses a different body', async () => {
      const first = await get('/inspections/INS1').expect(200);
      const before = await eventCount();
      const again = await post('/inspections', inspection({ id: 'INS1' })).expect(201);
      expect(await eventCount()).toBe(before);
      expect(again.body).toMatchObject({ ...first.body, position: ins1Position });
      expect(again.body.hazards.map((h: { id: string }) => h.id)).toEqual(['INS1-F1', 'INS1-F2']);
      const conflict = await post(
        '/inspections',
        inspection({ id: 'INS1', kind: 'routine' }),
      ).expect(409);
      expect(conflict.body.type).toMatch(/duplicate_id/);
      expect(await eventCount()).toBe(before);
    });

    it('heals a crash between the inspection and its hazards on a repeat', async () => {
      const body = inspection({ id: 'INS-crash' });
      const store = api.t.app.get<EventStore>(EVENT_STORE);
      // what a crash right after the first write leaves behind
      await store.append(
        'inspection-INS-crash',
        [
          {
            id: randomUUID(),
            type: 'InspectionConducted',
            data: {
              id: 'INS-crash',
              inspectedUnitId: 'E1',
              inspectingUnitId: 'T1',
              kind: 'unannounced',
              conductedAt: CONDUCTED,
              inspectors: ['王五', '赵六'],
              findings: body.findings.map((f, i) => ({
                ...f,
                hazardId: `INS-crash-F${i + 1}`,
                deadline: new Date(f.deadline).toISOString(),
              })),
            },
            metadata: {
              actorId: 'bootstrap-admin',
              actorRole: 'admin',
              requestId: 'crashed',
              requestHash: hashRequestBody(body),
            },
          },
        ],
        'no_stream',
      );
      await get('/hazards/INS-crash-F1').expect(404);
      const healed = await post('/inspections', body).expect(201);
      expect(healed.body.hazards.map((h: { id: string }) => h.id)).toEqual([
        'INS-crash-F1',
        'INS-crash-F2',
      ]);
      await get('/hazards/INS-crash-F1').expect(200);
      const before = await eventCount();
      await post('/inspections', body).expect(201);
      expect(await eventCount()).toBe(before);
    });

    it('refuses a finding whose hazard id is taken (409), recording nothing', async () => {
      const before = await eventCount();
      const conflict = await post(
        '/inspections',
        inspection({
          id: 'INS3',
          findings: [
            { level: 'general', description: '新隐患', deadline: '2025-03-10T00:00:00Z' },
            {
              hazardId: 'INS1-F1',
              level: 'general',
              description: '重复的编号',
              deadline: '2025-03-10T00:00:00Z',
            },
          ],
        }),
      ).expect(409);
      expect(conflict.body.type).toMatch(/hazard_exists/);
      expect(conflict.body.detail).toMatch(/INS1-F1/);
      await get('/inspections/INS3').expect(404);
      await get('/hazards/INS3-F1').expect(404);
      expect(await eventCount()).toBe(before);
    });

    it('answers bad input with 400, 422 for unknown units and domain rules, and records nothing', async () => {
      const before = await eventCount();
      const bad = await post('/inspections', {
        ...inspection(),
        kind: 'audit',
        inspectors: '王五',
        colour: 'red',
      }).expect(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(['kind', 'inspectors', 'colour']));
      const { inspectedUnitId: _omitted, ...missing } = inspection();
      expect(fieldsOf((await post('/inspections', missing).expect(400)).body)).toContain(
        'inspectedUnitId',
      );
      const nested = await post(
        '/inspections',
        inspection({
          findings: [{ level: 'minor', description: 5, deadline: '2025-03-10', extra: 1 }],
        }),
      ).expect(400);
      expect(fieldsOf(nested.body)).toEqual(
        expect.arrayContaining([
          'findings.0.level',
          'findings.0.description',
          'findings.0.deadline',
          'findings.0.extra',
        ]),
      );
      await post('/inspections', inspection({ inspectors: ['x'.repeat(10_001)] })).expect(400);
      await post(
        '/inspections',
        inspection({ inspectors: Array.from({ length: 1001 }, (_, i) => `检查员${i}`) }),
      ).expect(400);
      await post(
        '/inspections',
        inspection({
          findings: Array.from({ length: 1001 }, () => ({
            level: 'general',
            description: 'x',
            deadline: '2025-03-10T00:00:00Z',
          })),
        }),
      ).expect(400);
      await post('/inspections', inspection({ conductedAt: '2025-03-01T10:00:00' })).expect(400);
      await api
        .post('/inspections')
        .set('Content-Type', 'application/json')
        .send('{"inspectedUnitId": ')
        .expect(400);

      const unknown = await post(
        '/inspections',
        inspection({ inspectedUnitId: 'NOPE', inspectingUnitId: 'NADA' }),
      ).expect(422);
      expect(fieldsOf(unknown.body)).toEqual(['inspectedUnitId', 'inspectingUnitId']);
      const future = await post(
        '/inspections',
        inspection({ conductedAt: '2099-01-01T00:00:00Z' }),
      ).expect(422);
      expect(fieldsOf(future.body)).toContain('conductedAt');
      const early = await post(
        '/inspections',
        inspection({
          findings: [{ level: 'general', description: 'x', deadline: '2025-02-01T00:00:00Z' }],
        }),
      ).expect(422);
      expect(fieldsOf(early.body)).toContain('findings[0].deadline');
      await post('/inspections', inspection({ inspectors: [] })).expect(422);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('hazards', () => {
    it('identifies a hazard, 404 for an unknown one', async () => {
      const created = await post('/hazards', hazard({ id: 'H1' })).expect(201);
      expect(created.body).toMatchObject({
        id: 'H1',
        level: 'major',
        status: 'identified',
        supervision: { supervisingUnitId: 'T1', listedAt: '2025-05-01T00:00:00.000Z' },
        position: expect.any(Number),
      });
      await get('/hazards/NOPE').expect(404);
    });

    it('takes a source and a supervising unit, checking that they exist', async () => {
      const sourced = await post(
        '/hazards',
        hazard({ id: 'H-src', source: { inspectionId: 'INS1' }, supervisingUnitId: 'D1' }),
      ).expect(201);
      expect(sourced.body).toMatchObject({
        source: { inspectionId: 'INS1' },
        supervision: { supervisingUnitId: 'D1' },
      });
      const before = await eventCount();
      const unknown = await post(
        '/hazards',
        hazard({ id: 'H-x', source: { reportId: 'NOPE' }, supervisingUnitId: 'NADA' }),
      ).expect(422);
      expect(fieldsOf(unknown.body)).toEqual(['supervisingUnitId', 'source.reportId']);
      await post(
        '/hazards',
        hazard({ id: 'H-x', source: { inspectionId: 'INS1', reportId: 'R1' } }),
      ).expect(422);
      await post('/hazards', hazard({ id: 'H-x', source: 'INS1' })).expect(400);
      await post('/hazards', hazard({ id: 'H-x', source: { inspection: 'INS1' } })).expect(400);
      expect(await eventCount()).toBe(before);
    });

    it('refuses to rectify a major hazard without a plan (plan_required)', async () => {
      const before = await eventCount();
      const refused = await post('/hazards/H1/rectification', {
        rectifiedAt: '2025-05-10T00:00:00Z',
      }).expect(422);
      expect(refused.body.type).toMatch(/plan_required/);
      expect(await eventCount()).toBe(before);
    });

    it('refuses a plan missing two of the five implementations, naming both', async () => {
      const before = await eventCount();
      const { fundsYuan: _f, contingencyPlan: _c, ...partial } = plan();
      const refused = await post('/hazards/H1/plan', partial).expect(422);
      expect(refused.body.type).toMatch(/five_implementations_incomplete/);
      expect(fieldsOf(refused.body)).toEqual(['fundsYuan', 'contingencyPlan']);
      const empty = await post('/hazards/H1/plan', plan({ measures: '' })).expect(422);
      expect(fieldsOf(empty.body)).toEqual(['measures']);
      expect(await eventCount()).toBe(before);
    });

    it('refuses verification before rectification', async () => {
      const before = await eventCount();
      const refused = await post('/hazards/H1/verification', {
        passed: true,
        verifiedAt: '2025-05-10T00:00:00Z',
        verifier: '区应急局 钱七',
      }).expect(422);
      expect(refused.body.type).toMatch(/not_rectified/);
      expect(await eventCount()).toBe(before);
    });

    it('plans, rectifies, fails verification, rectifies again, passes and delists', async () => {
      const planned = await post('/hazards/H1/plan', plan()).expect(200);
      expect(planned.body.plan).toMatchObject({
        measures: '恢复联锁并校验',
        fundsYuan: 85000,
        deadline: '2025-05-20T00:00:00.000Z',
      });
      const rectified = await post('/hazards/H1/rectification', {
        rectifiedAt: '2025-05-15T08:00:00+08:00',
        note: '已恢复',
      }).expect(200);
      expect(rectified.body).toMatchObject({
        status: 'rectified',
        rectifiedAt: '2025-05-15T00:00:00.000Z',
        // a major hazard counts as rectified only once verified passed
        overdue: true,
      });
      const failed = await post('/hazards/H1/verification', {
        passed: false,
        verifiedAt: '2025-05-16T00:00:00Z',
        verifier: '区应急局 钱七',
        note: '联锁仍未投用',
      }).expect(200);
      expect(failed.body.status).toBe('identified');
      expect(failed.body.rectifiedAt).toBeUndefined();
      expect(failed.body.supervision.delistedAt).toBeUndefined();
      await post('/hazards/H1/rectification', { rectifiedAt: '2025-05-18T00:00:00Z' }).expect(200);
      const passed = await post('/hazards/H1/verification', {
        passed: true,
        verifiedAt: '2025-05-19T00:00:00Z',
        verifier: '区应急局 钱七',
      }).expect(200);
      expect(passed.body).toMatchObject({
        status: 'verified',
        rectifiedAt: '2025-05-18T00:00:00.000Z',
        supervision: { supervisingUnitId: 'T1', delistedAt: '2025-05-19T00:00:00.000Z' },
        overdue: false,
      });
      expect(passed.body.verifications.map((v: { passed: boolean }) => v.passed)).toEqual([
        false,
        true,
      ]);
      expect(passed.body.position).toBe(await eventCount());
      const fetched = await get('/hazards/H1').expect(200);
      expect(fetched.body.status).toBe('verified');
    });

    it('extends a deadline with a reason before it has passed, marking a backdated one', async () => {
      const extended = await post('/hazards/INS1-F1/extension', {
        deadline: '2025-04-15T00:00:00+08:00',
        reason: '需等待配件到货',
        extendedAt: '2025-03-14T23:59:59.999Z',
      }).expect(200);
      expect(extended.body.deadline).toBe('2025-04-14T16:00:00.000Z');
      expect(extended.body.extensions).toEqual([
        {
          previousDeadline: '2025-03-15T00:00:00.000Z',
          deadline: '2025-04-14T16:00:00.000Z',
          reason: '需等待配件到货',
          extendedAt: '2025-03-14T23:59:59.999Z',
          backdated: true,
        },
      ]);
      expect(extended.body.extensionInForce).toMatchObject({ backdated: true });
      const before = await eventCount();
      const earlier = await post('/hazards/INS1-F1/extension', {
        deadline: '2025-03-20T00:00:00Z',
        reason: '再延期',
        extendedAt: '2025-04-01T00:00:00Z',
      }).expect(422);
      expect(earlier.body.type).toMatch(/deadline_not_later/);
      expect(await eventCount()).toBe(before);
    });

    it('refuses an extension after the deadline has passed (422 deadline_passed), recording nothing', async () => {
      const before = await eventCount();
      const late = await post('/hazards/INS1-F1/extension', {
        deadline: '2025-06-01T00:00:00Z',
        reason: '逾期后补办延期',
        extendedAt: '2025-04-14T16:00:00.001Z',
      }).expect(422);
      expect(late.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(late.body.type).toMatch(/deadline_passed/);
      const byDefault = await post('/hazards/INS1-F1/extension', {
        deadline: '2099-06-01T00:00:00Z',
        reason: '逾期后补办延期',
      }).expect(422);
      expect(byDefault.body.type).toMatch(/deadline_passed/);
      expect(await eventCount()).toBe(before);
      const fetched = await get('/hazards/INS1-F1').expect(200);
      expect(fetched.body.deadline).toBe('2025-04-14T16:00:00.000Z');
    });

    it('keeps extensions the previous release recorded after the deadline, marked late and backdated', async () => {
      await post('/hazards', hazard({ id: 'H-OLD', level: 'general' })).expect(201);
      const store = api.t.app.get<EventStore>(EVENT_STORE);
      const { revision } = (await store.readStream('hazard-H-OLD')).slice(-1)[0];
      await store.append(
        'hazard-H-OLD',
        [
          {
            id: randomUUID(),
            type: 'HazardDeadlineExtended',
            schemaVersion: 1,
            data: {
              previousDeadline: '2025-06-01T00:00:00.000Z',
              deadline: '2025-09-01T00:00:00.000Z',
              reason: '旧版本逾期后延期',
              extendedAt: '2025-06-10T00:00:00.000Z',
            },
            metadata: { actorId: 'bootstrap-admin', actorRole: 'admin', requestId: 'old' },
          },
        ],
        revision,
      );
      const fetched = await get('/hazards/H-OLD').expect(200);
      expect(fetched.body.deadline).toBe('2025-09-01T00:00:00.000Z');
      expect(fetched.body.extensions[0]).toMatchObject({ late: true, backdated: true });
      expect(fetched.body.extensionInForce).toMatchObject({ late: true, backdated: true });
    });

    it('answers bad input per route with 400/404/422 and records nothing', async () => {
      const before = await eventCount();
      // POST /hazards
      const bad = await post('/hazards', hazard({ level: 'huge', deadline: 5, size: 1 })).expect(
        400,
      );
      expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(['level', 'deadline', 'size']));
      const { description: _d, ...noDescription } = hazard();
      expect(fieldsOf((await post('/hazards', noDescription).expect(400)).body)).toContain(
        'description',
      );
      await post('/hazards', hazard({ description: 'x'.repeat(10_001) })).expect(400);
      await post('/hazards', hazard({ identifiedAt: '2025-05-01' })).expect(400);
      await post('/hazards', hazard({ unitId: 'NOPE' })).expect(422);
      await post(
        '/hazards',
        hazard({ identifiedAt: '2099-01-01T00:00:00Z', deadline: '2099-02-01T00:00:00Z' }),
      ).expect(422);
      await api
        .post('/hazards')
        .set('Content-Type', 'application/json')
        .send('{"unitId": "E1",')
        .expect(400);

      // POST /hazards/:id/plan
      await post('/hazards/INS1-F2/plan', plan({ fundsYuan: '85000' })).expect(400);
      await post('/hazards/INS1-F2/plan', plan({ deadline: '2025-05-20' })).expect(400);
      await post('/hazards/INS1-F2/plan', plan({ budget: 1 })).expect(400);
      await post('/hazards/INS1-F2/plan', plan({ measures: 'x'.repeat(10_001) })).expect(400);
      await post('/hazards/NOPE/plan', plan()).expect(404);
      await post('/hazards/INS1-F2/plan', plan({ plannedAt: '2099-01-01T00:00:00Z' })).expect(422);

      // POST /hazards/:id/extension
      await post('/hazards/INS1-F2/extension', { deadline: '2025-06-01T00:00:00Z' }).expect(400);
      await post('/hazards/INS1-F2/extension', {
        deadline: '2025-06-01T00:00:00Z',
        reason: 'x'.repeat(10_001),
      }).expect(400);
      await post('/hazards/NOPE/extension', {
        deadline: '2025-06-01T00:00:00Z',
        reason: '延期',
      }).expect(404);

      // POST /hazards/:id/rectification
      await post('/hazards/INS1-F1/rectification', { rectifiedAt: 20250501 }).expect(400);
      await post('/hazards/INS1-F1/rectification', {
        rectifiedAt: '2025-05-01T00:00:00Z',
        by: 'me',
      }).expect(400);
      await post('/hazards/NOPE/rectification', { rectifiedAt: '2025-05-01T00:00:00Z' }).expect(
        404,
      );
      await post('/hazards/INS1-F1/rectification', {
        rectifiedAt: '2099-01-01T00:00:00Z',
      }).expect(422);

      // POST /hazards/:id/verification
      const verification = {
        passed: true,
        verifiedAt: '2025-05-19T00:00:00Z',
        verifier: '钱七',
      };
      await post('/hazards/INS1-F1/verification', { ...verification, passed: 'true' }).expect(400);
      await post('/hazards/INS1-F1/verification', { ...verification, passed: 1 }).expect(400);
      const { verifier: _v, ...noVerifier } = verification;
      await post('/hazards/INS1-F1/verification', noVerifier).expect(400);
      await post('/hazards/NOPE/verification', verification).expect(404);
      // closed: H1 passed verification
      await post('/hazards/H1/rectification', { rectifiedAt: '2025-05-20T00:00:00Z' }).expect(409);

      expect(await eventCount()).toBe(before);
    });
  });

  describe('reports', () => {
    it('receives a report and verifies it as substantiated with a reward and linked hazards', async () => {
      const received = await post('/reports', {
        id: 'R1',
        subjectUnitId: 'E1',
        receivedAt: '2025-02-20T09:00:00+08:00',
        content: '夜间违规动火作业',
        anonymous: true,
      }).expect(201);
      expect(received.body).toMatchObject({
        id: 'R1',
        subjectUnitId: 'E1',
        receivedAt: '2025-02-20T01:00:00.000Z',
        anonymous: true,
        status: 'received',
        position: expect.any(Number),
      });
      const verified = await post('/reports/R1/verification', {
        substantiated: true,
        verifiedAt: '2025-03-02T00:00:00Z',
        hazardIds: ['INS1-F1', 'INS1-F2'],
        rewardYuan: 2000,
      }).expect(200);
      expect(verified.body).toMatchObject({
        status: 'verified',
        verification: {
          substantiated: true,
          verifiedAt: '2025-03-02T00:00:00.000Z',
          hazardIds: ['INS1-F1', 'INS1-F2'],
          penaltyIds: [],
          rewardYuan: 2000,
        },
      });
      const closed = await post('/reports/R1/closure', { closedAt: '2025-03-05T00:00:00Z' }).expect(
        200,
      );
      expect(closed.body).toMatchObject({ status: 'closed', closedAt: '2025-03-05T00:00:00.000Z' });
      const fetched = await get('/reports/R1').expect(200);
      expect(fetched.body.status).toBe('closed');
      await get('/reports/NOPE').expect(404);
    });

    it('replays a repeated report and refuses a different body', async () => {
      const body = {
        id: 'R2',
        subjectUnitId: 'E1',
        receivedAt: '2025-02-21T00:00:00Z',
        content: '仓库堆放超量',
        anonymous: false,
      };
      await post('/reports', body).expect(201);
      const before = await eventCount();
      await post('/reports', body).expect(201);
      await post('/reports', { ...body, content: '别的内容' }).expect(409);
      expect(await eventCount()).toBe(before);
    });

    it('answers bad input with 400/404/422 and records nothing', async () => {
      const before = await eventCount();
      const good = {
        subjectUnitId: 'E1',
        receivedAt: '2025-02-21T00:00:00Z',
        content: '举报内容',
        anonymous: false,
      };
      const bad = await post('/reports', { ...good, anonymous: 'no', reporter: '张' }).expect(400);
      expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(['anonymous', 'reporter']));
      const { content: _c, ...noContent } = good;
      await post('/reports', noContent).expect(400);
      await post('/reports', { ...good, content: 'x'.repeat(10_001) }).expect(400);
      await post('/reports', { ...good, receivedAt: '2025-02-21 08:00' }).expect(400);
      await post('/reports', { ...good, subjectUnitId: 'NOPE' }).expect(422);
      await post('/reports', { ...good, receivedAt: '2099-01-01T00:00:00Z' }).expect(422);
      await api.post('/reports').set('Content-Type', 'application/json').send('{').expect(400);

      const verification = { substantiated: true, verifiedAt: '2025-03-01T00:00:00Z' };
      await post('/reports/R2/verification', { ...verification, substantiated: 'yes' }).expect(400);
      await post('/reports/R2/verification', { ...verification, hazardIds: 'INS1-F1' }).expect(400);
      await post('/reports/R2/verification', {
        ...verification,
        hazardIds: Array.from({ length: 1001 }, (_, i) => `H${i}`),
      }).expect(400);
      await post('/reports/R2/verification', { ...verification, rewardYuan: -1 }).expect(400);
      await post('/reports/NOPE/verification', verification).expect(404);
      const unknown = await post('/reports/R2/verification', {
        ...verification,
        hazardIds: ['INS1-F1', 'H-NOPE'],
      }).expect(422);
      expect(fieldsOf(unknown.body)).toEqual(['hazardIds[1]']);
      await post('/reports/R2/verification', {
        substantiated: false,
        verifiedAt: '2025-03-01T00:00:00Z',
        rewardYuan: 100,
      }).expect(422);
      await post('/reports/R2/verification', {
        ...verification,
        verifiedAt: '2099-01-01T00:00:00Z',
      }).expect(422);
      await post('/reports/R2/closure', { closedAt: '2025-03-05T00:00:00Z' }).expect(422);
      await post('/reports/R2/closure', { closedAt: '2025-03-05' }).expect(400);
      expect(await eventCount()).toBe(before);
    });
  });
});
