import { useTestApp } from './support/api';
import { enterprise, seedTree, townTree } from './support/tree';

const OCCURRED = '2025-03-01T02:00:00.000Z';
const minutesAfter = (iso: string, minutes: number): string =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();

describe('incidents over HTTP', () => {
  const api = useTestApp();
  const { post, get, eventCount, refuses } = api;
  beforeAll(() =>
    seedTree(api, townTree('D1', enterprise('E1', 'T1', 'construction', '某建筑公司'))),
  );

  const report = (overrides: Record<string, unknown> = {}) => ({
    unitId: 'E1',
    industry: 'construction',
    occurredAt: OCCURRED,
    reportedAt: minutesAfter(OCCURRED, 30),
    deaths: 0,
    seriousInjuries: 1,
    directLossYuan: 120000.5,
    description: '脚手架坍塌',
    ...overrides,
  });

  describe('POST /incidents', () => {
    it('reports an incident: grade computed, times in UTC, answers the view and position', async () => {
      const response = await post(
        '/incidents',
        report({ id: 'I1', occurredAt: '2025-03-01T10:00:00+08:00', deaths: 3 }),
      ).expect(201);
      expect(response.body).toMatchObject({
        id: 'I1',
        unitId: 'E1',
        industry: 'construction',
        occurredAt: OCCURRED,
        deaths: 3,
        seriousInjuries: 1,
        directLossYuan: 120000.5,
        grade: 'larger',
        late: false,
        findings: [],
        investigation: null,
        position: expect.any(Number),
      });
      const fetched = await get('/incidents/I1').expect(200);
      expect(fetched.body).toMatchObject({ id: 'I1', grade: 'larger', deaths: 3 });
      expect(fetched.body.position).toBeUndefined();
    });

    it('grades by any one criterion', async () => {
      const byLoss = await post(
        '/incidents',
        report({ id: 'I-loss', directLossYuan: 50_000_000 }),
      ).expect(201);
      expect(byLoss.body.grade).toBe('major');
      const byInjuries = await post(
        '/incidents',
        report({ id: 'I-inj', seriousInjuries: 100 }),
      ).expect(201);
      expect(byInjuries.body.grade).toBe('especially_major');
      const general = await post('/incidents', report({ id: 'I-gen' })).expect(201);
      expect(general.body.grade).toBe('general');
    });

    it('marks a report 61 minutes after occurrence late, with the automatic finding', async () => {
      const response = await post(
        '/incidents',
        report({ id: 'I-late', reportedAt: minutesAfter(OCCURRED, 61) }),
      ).expect(201);
      expect(response.body.late).toBe(true);
      expect(response.body.findings).toEqual([
        {
          kind: 'late',
          kindLabel: '迟报',
          establishedAt: minutesAfter(OCCURRED, 61),
          detail: expect.stringContaining('61'),
          automatic: true,
          responsibleUnitIds: ['E1'],
          responsiblePersonIds: [],
        },
      ]);
    });

    it('keeps a report exactly 60 minutes after occurrence on time', async () => {
      const response = await post(
        '/incidents',
        report({ id: 'I-60', reportedAt: minutesAfter(OCCURRED, 60) }),
      ).expect(201);
      expect(response.body.late).toBe(false);
      expect(response.body.findings).toEqual([]);
    });

    it('gives an id when the client does not', async () => {
      const response = await post('/incidents', report()).expect(201);
      expect(response.body.id).toMatch(/^I-[0-9a-f]{12}$/);
      await get(`/incidents/${response.body.id}`).expect(200);
    });

    it('replays a repeated create with the same body and refuses a different one', async () => {
      const body = report({ id: 'I-rep' });
      const first = await post('/incidents', body).expect(201);
      const before = await eventCount();
      const again = await post('/incidents', body).expect(201);
      expect(again.body.id).toBe('I-rep');
      expect(again.body.position).toBe(first.body.position);
      expect(await eventCount()).toBe(before);
      const conflict = await post('/incidents', { ...body, deaths: 1 }).expect(409);
      expect(conflict.body.type).toMatch(/duplicate_id/);
      expect(await eventCount()).toBe(before);
    });

    it('refuses bad input with 400 and records nothing', async () => {
      const before = await eventCount();
      await refuses(
        [
          { deaths: '3' },
          { deaths: 2.5 },
          { deaths: -1 },
          { seriousInjuries: null },
          { directLossYuan: '100' },
          { directLossYuan: -5 },
          { industry: 'mining' },
          { colour: 'red' },
          { description: 'x'.repeat(10_001) },
          { description: '' },
          { occurredAt: '2025-03-01T02:00:00' },
          { reportedAt: '2025-03-01' },
          { unitId: 'bad id/with slash' },
          { id: '../I' },
        ].map((change) => ['/incidents', report(change), 400] as const),
      );
      const missing = { ...report() } as Record<string, unknown>;
      delete missing.deaths;
      delete missing.description;
      const bad = await post('/incidents', missing).expect(400);
      const fields = bad.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['deaths', 'description']));
      await api
        .post('/incidents')
        .set('Content-Type', 'application/json')
        .send('{"unitId": "E1",')
        .expect(400);
      expect(await eventCount()).toBe(before);
    });

    it('refuses domain violations with 422 and records nothing', async () => {
      const before = await eventCount();
      const reversed = await post(
        '/incidents',
        report({ id: 'I-x1', reportedAt: minutesAfter(OCCURRED, -1) }),
      ).expect(422);
      expect(reversed.body.errors).toEqual([expect.objectContaining({ field: 'reportedAt' })]);
      const future = new Date(Date.now() + 24 * 3600_000).toISOString();
      await post(
        '/incidents',
        report({ id: 'I-x2', occurredAt: future, reportedAt: future }),
      ).expect(422);
      const unknownUnit = await post('/incidents', report({ id: 'I-x3', unitId: 'NOPE' })).expect(
        422,
      );
      expect(unknownUnit.body.errors).toEqual([
        { field: 'unitId', message: expect.stringContaining('NOPE') },
      ]);
      expect(await eventCount()).toBe(before);
      await get('/incidents/I-x1').expect(404);
    });
  });

  describe('GET /incidents/:id', () => {
    it('answers 404 for an unknown incident', async () => {
      const response = await get('/incidents/NOPE').expect(404);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    });
  });

  describe('POST /incidents/:id/casualty-revisions', () => {
    it('re-grades the incident and flags a revision after the window', async () => {
      await post('/incidents', report({ id: 'I-rev' })).expect(201);
      const within = await post('/incidents/I-rev/casualty-revisions', {
        deaths: 10,
        seriousInjuries: 1,
        directLossYuan: 200000,
        revisedAt: '2025-03-10T00:00:00+08:00',
      }).expect(200);
      expect(within.body).toMatchObject({
        id: 'I-rev',
        deaths: 10,
        grade: 'major',
        revisedAfterWindow: false,
        position: expect.any(Number),
      });
      expect(within.body.revisions).toEqual([
        expect.objectContaining({
          revisedAt: '2025-03-09T16:00:00.000Z',
          previousGrade: 'general',
          grade: 'major',
          revisedAfterWindow: false,
        }),
      ]);
      const late = await post('/incidents/I-rev/casualty-revisions', {
        deaths: 30,
        seriousInjuries: 1,
        directLossYuan: 200000,
        revisedAt: '2025-05-01T00:00:00Z',
      }).expect(200);
      expect(late.body).toMatchObject({ grade: 'especially_major', revisedAfterWindow: true });
      const fetched = await get('/incidents/I-rev').expect(200);
      expect(fetched.body.revisions).toHaveLength(2);
      expect(fetched.body.grade).toBe('especially_major');
    });

    it('refuses bad revisions and records nothing', async () => {
      const before = await eventCount();
      const good = {
        deaths: 1,
        seriousInjuries: 0,
        directLossYuan: 0,
        revisedAt: '2025-03-05T00:00:00Z',
      };
      await post('/incidents/NOPE/casualty-revisions', good).expect(404);
      await post('/incidents/I-rev/casualty-revisions', { ...good, deaths: '1' }).expect(400);
      await post('/incidents/I-rev/casualty-revisions', { ...good, deaths: 1.5 }).expect(400);
      await post('/incidents/I-rev/casualty-revisions', { ...good, extra: true }).expect(400);
      await post('/incidents/I-rev/casualty-revisions', {
        ...good,
        revisedAt: '2025-03-05T00:00:00',
      }).expect(400);
      const { revisedAt: _omitted, ...withoutTime } = good;
      await post('/incidents/I-rev/casualty-revisions', withoutTime).expect(400);
      await post('/incidents/I-rev/casualty-revisions', {
        ...good,
        revisedAt: '2025-02-01T00:00:00Z',
      }).expect(422);
      await post('/incidents/I-rev/casualty-revisions', {
        ...good,
        revisedAt: '2099-01-01T00:00:00Z',
      }).expect(422);
      // Fewer deaths than reported: a correction, which takes a second person.
      const lowering = await post('/incidents/I-rev/casualty-revisions', {
        deaths: 29,
        seriousInjuries: 1,
        directLossYuan: 200000,
        revisedAt: '2025-05-02T00:00:00Z',
      }).expect(422);
      expect(lowering.body).toMatchObject({
        type: 'urn:safety:problem:revision_lowers',
        errors: [expect.objectContaining({ field: 'deaths' })],
      });
      expect(await eventCount()).toBe(before);
    });

    it('loses no event when two revisions race', async () => {
      await post('/incidents', report({ id: 'I-race' })).expect(201);
      const revise = (deaths: number) =>
        post('/incidents/I-race/casualty-revisions', {
          deaths,
          seriousInjuries: 1,
          directLossYuan: 120000.5,
          revisedAt: '2025-03-02T00:00:00Z',
        });
      const [a, b] = await Promise.all([revise(1), revise(4)]);
      const statuses = [a.status, b.status].sort();
      // 4 deaths first, then 1 would lower them: refused (422) rather than lost.
      expect([
        [200, 200],
        [200, 409],
        [200, 422],
      ]).toContainEqual(statuses);
      const succeeded = [a, b].filter((r) => r.status === 200);
      const fetched = await get('/incidents/I-race').expect(200);
      expect(fetched.body.revisions).toHaveLength(succeeded.length);
      const recorded = fetched.body.revisions.map((r: { deaths: number }) => r.deaths).sort();
      expect(recorded).toEqual(succeeded.map((r) => r.body.deaths as number).sort());
      const last = fetched.body.revisions[fetched.body.revisions.length - 1];
      expect(fetched.body.deaths).toBe(last.deaths);
      const positions = succeeded.map((r) => r.body.position as number);
      expect(new Set(positions).size).toBe(positions.length);
    });
  });

  describe('POST /incidents/:id/misreporting-findings', () => {
    it('records a finding established by investigation', async () => {
      await post('/incidents', report({ id: 'I-find' })).expect(201);
      const response = await post('/incidents/I-find/misreporting-findings', {
        kind: 'concealed',
        establishedAt: '2025-04-01T00:00:00+08:00',
        detail: '瞒报死亡1人',
      }).expect(200);
      expect(response.body.findings).toEqual([
        {
          kind: 'concealed',
          kindLabel: '瞒报',
          establishedAt: '2025-03-31T16:00:00.000Z',
          detail: '瞒报死亡1人',
          automatic: false,
          responsibleUnitIds: ['E1'],
          responsiblePersonIds: [],
        },
      ]);
    });

    it('refuses bad findings and records nothing', async () => {
      const before = await eventCount();
      const good = { kind: 'false', establishedAt: '2025-04-01T00:00:00Z', detail: '谎报' };
      await post('/incidents/NOPE/misreporting-findings', good).expect(404);
      await post('/incidents/I-find/misreporting-findings', { ...good, kind: 'lied' }).expect(400);
      await post('/incidents/I-find/misreporting-findings', {
        ...good,
        detail: 'x'.repeat(10_001),
      }).expect(400);
      await post('/incidents/I-find/misreporting-findings', {
        ...good,
        establishedAt: '2025-01-01T00:00:00Z',
      }).expect(422);
      await post('/incidents/I-find/misreporting-findings', { ...good, kind: 'concealed' }).expect(
        409,
      );
      expect(await eventCount()).toBe(before);
    });
  });

  describe('investigation', () => {
    it('opens, extends and concludes an investigation', async () => {
      await post('/incidents', report({ id: 'I-inv' })).expect(201);
      const opened = await post('/incidents/I-inv/investigation', {
        openedAt: '2025-03-02T00:00:00Z',
      }).expect(200);
      expect(opened.body.investigation).toMatchObject({
        status: 'open',
        openedAt: '2025-03-02T00:00:00.000Z',
        // occurred 2025-03-01 10:00 CST: 24:00 CST of the 60th day (04-30)
        deadline: '2025-04-30T16:00:00.000Z',
      });
      const extended = await post('/incidents/I-inv/investigation/extension', {
        until: '2025-06-01T00:00:00Z',
        reason: '技术鉴定',
      }).expect(200);
      expect(extended.body.investigation).toMatchObject({
        status: 'open',
        deadline: '2025-06-01T00:00:00.000Z',
        extendedUntil: '2025-06-01T00:00:00.000Z',
        extensionReason: '技术鉴定',
      });
      const concluded = await post('/incidents/I-inv/investigation/conclusion', {
        concludedAt: '2025-05-20T00:00:00+08:00',
        cause: '违章指挥',
        liable: [
          { personId: 'P1', role: '项目经理', finding: '违章指挥' },
          { unitId: 'T1', role: '属地监管', finding: '监管不力' },
        ],
        measures: ['全面排查脚手架'],
      }).expect(200);
      expect(concluded.body.investigation).toMatchObject({
        status: 'concluded',
        concludedAt: '2025-05-19T16:00:00.000Z',
        cause: '违章指挥',
        liable: [
          { personId: 'P1', role: '项目经理', finding: '违章指挥' },
          { unitId: 'T1', role: '属地监管', finding: '监管不力' },
        ],
        measures: ['全面排查脚手架'],
        overdue: false,
      });
      const fetched = await get('/incidents/I-inv').expect(200);
      expect(fetched.body.investigation.status).toBe('concluded');
    });

    it('shows an open investigation past its deadline as overdue', async () => {
      await post('/incidents', report({ id: 'I-od' })).expect(201);
      await post('/incidents/I-od/investigation', { openedAt: '2025-03-02T00:00:00Z' }).expect(200);
      const fetched = await get('/incidents/I-od').expect(200);
      expect(fetched.body.investigation).toMatchObject({ status: 'open', overdue: true });
    });

    it('refuses bad investigation steps and records nothing', async () => {
      await post('/incidents', report({ id: 'I-inv2' })).expect(201);
      const investigation = '/incidents/I-inv2/investigation';
      const extension = { until: '2025-06-01T00:00:00Z', reason: '未立案' };
      await refuses([
        ['/incidents/NOPE/investigation', { openedAt: '2025-03-02T00:00:00Z' }, 404],
        [investigation, { openedAt: 'yesterday' }, 400],
        [investigation, {}, 400],
        [investigation, { openedAt: '2025-02-01T00:00:00Z' }, 422],
        [`${investigation}/extension`, extension, 409],
        [
          `${investigation}/conclusion`,
          { concludedAt: '2025-04-01T00:00:00Z', cause: 'x', liable: [], measures: [] },
          409,
        ],
        ['/incidents/NOPE/investigation/extension', extension, 404],
      ]);

      await post(investigation, { openedAt: '2025-03-02T00:00:00Z' }).expect(200);
      const opened = await eventCount();
      const conclusion = {
        concludedAt: '2025-04-01T00:00:00Z',
        cause: '原因',
        liable: [{ unitId: 'T1', role: '属地', finding: '失职' }],
        measures: ['整改'],
      };
      const concluding = `${investigation}/conclusion`;
      await refuses([
        [investigation, { openedAt: '2025-03-03T00:00:00Z' }, 409],
        [`${investigation}/extension`, { until: '2025-08-01T00:00:00Z', reason: '超过60日' }, 422],
        [`${investigation}/extension`, { until: '2025-06-01T00:00:00Z' }, 400],
        [concluding, { ...conclusion, liable: [{ role: '无名', finding: '失职' }] }, 422],
        [
          concluding,
          { ...conclusion, liable: [{ unitId: 'T1', role: '属地', finding: '失职', extra: 1 }] },
          400,
        ],
        [concluding, { ...conclusion, liable: 'T1' }, 400],
        [concluding, { ...conclusion, measures: Array.from({ length: 1001 }, () => 'm') }, 400],
        [concluding, { ...conclusion, measures: [3] }, 400],
        [concluding, { ...conclusion, concludedAt: '2025-03-01T00:00:00Z' }, 422],
      ]);
      const unknownUnit = await post(concluding, {
        ...conclusion,
        liable: [...conclusion.liable, { unitId: 'NOPE', role: '监管', finding: '失职' }],
      }).expect(422);
      expect(unknownUnit.body.errors).toEqual([
        { field: 'liable[1].unitId', message: expect.stringContaining('NOPE') },
      ]);
      expect(await eventCount()).toBe(opened);
    });
  });

  describe('POST /incidents/:id/corrections', () => {
    it('corrects reportedAt on approval; the late flag and automatic finding follow', async () => {
      await post('/incidents', report({ id: 'I-cor' })).expect(201);
      const proposed = await post('/incidents/I-cor/corrections', {
        field: 'reportedAt',
        to: '2025-03-01T13:00:00+08:00',
        reason: '接报记录有误',
      }).expect(201);
      expect(proposed.body).toMatchObject({
        correctionId: expect.any(String),
        status: 'pending',
        field: 'reportedAt',
        proposedBy: 'bootstrap-admin',
      });
      expect((await get('/incidents/I-cor').expect(200)).body.late).toBe(false);
      const approver = await api.userToken('office-D1', 'office', 'D1');
      const corrected = await api.t
        .http()
        .post(`/api/v1/incidents/I-cor/corrections/${proposed.body.correctionId}/approval`)
        .set('Authorization', `Bearer ${approver}`)
        .send({ approvedAt: new Date().toISOString() })
        .expect(200);
      expect(corrected.body).toMatchObject({
        reportedAt: '2025-03-01T05:00:00.000Z',
        late: true,
        findings: [expect.objectContaining({ kind: 'late', automatic: true })],
        corrections: [
          expect.objectContaining({
            status: 'applied',
            field: 'reportedAt',
            from: minutesAfter(OCCURRED, 30),
            to: '2025-03-01T05:00:00.000Z',
            reason: '接报记录有误',
            approvedBy: 'office-D1',
          }),
        ],
      });
    });

    it('lowers the reported deaths only on another user’s approval, and re-grades', async () => {
      await post('/incidents', report({ id: 'I-dead', deaths: 3 })).expect(201);
      const proposed = await post('/incidents/I-dead/corrections', {
        field: 'deaths',
        to: '2',
        reason: '一人重复统计',
      }).expect(201);
      expect(proposed.body).toMatchObject({ field: 'deaths', from: '3', to: '2' });
      expect((await get('/incidents/I-dead').expect(200)).body).toMatchObject({
        deaths: 3,
        grade: 'larger',
      });
      await post(`/incidents/I-dead/corrections/${proposed.body.correctionId}/approval`, {
        approvedAt: new Date().toISOString(),
      }).expect(403);
      const approver = await api.userToken('office-D1-dead', 'office', 'D1');
      const corrected = await api
        .as(approver)
        .post(`/incidents/I-dead/corrections/${proposed.body.correctionId}/approval`, {
          approvedAt: new Date().toISOString(),
        })
        .expect(200);
      expect(corrected.body).toMatchObject({
        deaths: 2,
        grade: 'general',
        corrections: [
          expect.objectContaining({ status: 'applied', field: 'deaths', from: '3', to: '2' }),
        ],
      });
      await post('/incidents/I-dead/corrections', {
        field: 'deaths',
        to: 2,
        reason: '数字',
      }).expect(400);
      await post('/incidents/I-dead/corrections', {
        field: 'seriousInjuries',
        to: '1.5',
        reason: '小数',
      }).expect(422);
    });

    it('refuses bad corrections and records nothing', async () => {
      const before = await eventCount();
      await post('/incidents/I-cor/corrections', { field: 'grade', to: 'x', reason: 'r' }).expect(
        400,
      );
      await post('/incidents/I-cor/corrections', {
        field: 'occurredAt',
        to: '2025-03-01',
        reason: 'r',
      }).expect(400);
      await post('/incidents/I-cor/corrections', {
        field: 'industry',
        to: 'mining',
        reason: 'r',
      }).expect(400);
      await post('/incidents/I-cor/corrections', {
        field: 'unitId',
        to: 'NOPE',
        reason: 'r',
      }).expect(422);
      await post('/incidents/I-cor/corrections', {
        field: 'description',
        to: '脚手架坍塌',
        reason: 'r',
      }).expect(422);
      await post('/incidents/NOPE/corrections', {
        field: 'description',
        to: 'x',
        reason: 'r',
      }).expect(404);
      expect(await eventCount()).toBe(before);
    });
  });
});
