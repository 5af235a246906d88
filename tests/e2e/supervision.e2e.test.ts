import { expectProblem, useTestApp } from './support/api';
import { orderBody, patrolBody, problemBody } from './support/bodies';
import { department, seedTree } from './support/tree';
import { twoTownsTree } from './support/two-towns';

/**
 * The office's supervision over HTTP (DOMAIN "Supervision by the office"): a patrol of the district
 * (巡查) raises problems against its towns, which rectify them; the office verifies, extends before
 * a deadline, and issues supervision orders (督办函) to lower units.
 *
 * Patrol PAT1 (D → T1, T2, 2025-04-01..04-10), its problems, as the year ends:
 *   P1 T1 leadership        rectified, failed, rectified again, passed   → rectified
 *   P2 T1 hazard_management never rectified, deadline 2025-05-10          → overdue
 *   P3 T2 emergency         extended on 05-01 to 2099-06-30               → open, not overdue
 * Ledger 2025: D raised 3, rectified 1, overdue 1, rate 33.3; T1 2/1/1, 50; T2 1/0/0, 0.
 */
describe('supervision: patrols, problems and supervision orders over HTTP', () => {
  const api = useTestApp();
  const { post, get } = api;
  let townOffice: string;
  let townReporter: string;

  beforeAll(async () => {
    await seedTree(api, twoTownsTree(department('B', 'D', ['construction'], '住建局')));
    await api.write('/hazards', {
      id: 'H1',
      unitId: 'E1',
      level: 'general',
      description: '脚手架未验收',
      identifiedAt: '2025-03-01T09:00:00+08:00',
      deadline: '2025-03-20T09:00:00+08:00',
    });
    townOffice = await api.userToken('office-T1', 'office', 'T1');
    townReporter = await api.userToken('reporter-T1', 'reporter', 'T1');
  }, 60_000);

  const patrol = patrolBody;
  const problem = problemBody;

  describe('patrols (巡查、督查)', () => {
    it('launches a patrol and answers its view', async () => {
      const { from: _from, to: _to, ...launched } = patrol();
      const response = await api.write('/patrols', patrol());
      expect(response.body).toEqual({
        ...launched,
        kindLabel: '安全生产巡查',
        from: '2025-04-01T01:00:00.000Z',
        to: '2025-04-10T10:00:00.000Z',
        position: expect.any(Number),
      });
      const { position: _, ...view } = response.body;
      expect((await get('/patrols/PAT1').expect(200)).body).toEqual(view);
    });

    it('refuses unknown units (422), the lead unit as its own target (422) and unknown kinds (400)', async () => {
      const unknown = await post('/patrols', patrol({ id: 'PAT-X', targetUnitIds: ['T1', 'T9'] }));
      expectProblem(unknown, 422, 'unknown_reference');
      expect(unknown.body.errors).toEqual([
        { field: 'targetUnitIds[1]', message: 'unit T9 does not exist' },
      ]);
      expectProblem(
        await post('/patrols', patrol({ id: 'PAT-X', targetUnitIds: ['D'] })),
        422,
        'lead_unit_targeted',
      );
      expectProblem(await post('/patrols', patrol({ id: 'PAT-X', kind: 'visit' })), 400);
      expectProblem(await get('/patrols/PAT-X'), 404);
    });

    it('lists patrols by lead and target unit', async () => {
      await api.write(
        '/patrols',
        patrol({ id: 'PAT2', kind: 'supervision', targetUnitIds: ['B'] }),
      );
      const byTarget = await api.read('/patrols?targetUnitId=T1');
      expect(byTarget.body.items.map((p: { id: string }) => p.id)).toEqual(['PAT1']);
      const supervision = await api.read('/patrols?leadUnitId=D&kind=supervision');
      expect(supervision.body).toMatchObject({ total: 1, items: [{ id: 'PAT2' }] });
    });
  });

  describe('problems', () => {
    beforeAll(async () => {
      await api.write('/patrols/PAT1/problems', problem('P1', 'T1', 'leadership'));
      await api.write('/patrols/PAT1/problems', problem('P2', 'T1', 'hazard_management'));
      await api.write('/patrols/PAT1/problems', problem('P3', 'T2', 'emergency'));
    });

    it('raises a problem against a target unit of the patrol, naming the patrol', async () => {
      const view = (await get('/problems/P1').expect(200)).body;
      expect(view).toMatchObject({
        id: 'P1',
        patrolId: 'PAT1',
        patrolKind: 'patrol',
        leadUnitId: 'D',
        targetUnitId: 'T1',
        duty: 'leadership',
        status: 'open',
        deadline: '2025-05-10T10:00:00.000Z',
        overdue: true,
      });
    });

    it('refuses a unit the patrol does not target (422), an unknown patrol (404), a bad duty (400)', async () => {
      expectProblem(
        await post('/patrols/PAT1/problems', problem('P9', 'E1', 'other')),
        422,
        'not_a_target',
      );
      expectProblem(await post('/patrols/PAT9/problems', problem('P9', 'T1', 'other')), 404);
      expectProblem(await post('/patrols/PAT1/problems', problem('P9', 'T1', 'safety')), 400);
      expectProblem(await get('/problems/P9'), 404);
    });

    it('rectified, failed verification returns it to open; rectified again and passed, it is closed', async () => {
      const rectify = (rectifiedAt: string) =>
        api.write('/problems/P1/rectification', { rectifiedAt, evidence: '整改报告' }, 200);
      await rectify('2025-05-01T10:00:00+08:00');
      expectProblem(
        await post('/problems/P1/rectification', {
          rectifiedAt: '2025-05-02T10:00:00+08:00',
          evidence: '再次',
        }),
        409,
        'already_rectified',
      );
      const failed = await api.write(
        '/problems/P1/verification',
        { passed: false, verifiedAt: '2025-05-05T10:00:00+08:00', verifier: '王五' },
        200,
      );
      expect(failed.body).toMatchObject({ status: 'open', overdue: true });
      await rectify('2025-05-08T10:00:00+08:00');
      const passed = await api.write(
        '/problems/P1/verification',
        { passed: true, verifiedAt: '2025-05-12T10:00:00+08:00', verifier: '王五' },
        200,
      );
      expect(passed.body).toMatchObject({
        status: 'verified',
        rectifiedAt: '2025-05-08T02:00:00.000Z',
        overdue: false,
        verifications: [
          { passed: false, rectifiedAt: '2025-05-01T02:00:00.000Z' },
          { passed: true, rectifiedAt: '2025-05-08T02:00:00.000Z' },
        ],
      });
      expectProblem(
        await post('/problems/P1/verification', {
          passed: true,
          verifiedAt: '2025-05-13T10:00:00+08:00',
          verifier: '王五',
        }),
        409,
        'problem_closed',
      );
    });

    it('extends a deadline before it passes, and refuses once it has passed (422)', async () => {
      const extended = await api.write(
        '/problems/P3/extension',
        {
          deadline: '2099-06-30T18:00:00+08:00',
          reason: '涉及机构改革，需延期',
          extendedAt: '2025-05-01T09:00:00+08:00',
        },
        200,
      );
      expect(extended.body).toMatchObject({
        deadline: '2099-06-30T10:00:00.000Z',
        initialDeadline: '2025-05-10T10:00:00.000Z',
        extensions: [{ previousDeadline: '2025-05-10T10:00:00.000Z', backdated: true }],
      });
      const late = await post('/problems/P2/extension', {
        deadline: '2099-06-30T18:00:00+08:00',
        reason: '补办延期',
        extendedAt: '2025-05-11T09:00:00+08:00',
      });
      expectProblem(late, 422, 'deadline_passed');
      expectProblem(
        await post('/problems/P2/extension', {
          deadline: '2099-06-30T18:00:00+08:00',
          reason: '补办延期',
        }),
        422,
        'deadline_passed',
      );
    });

    it('lists the problems of a unit and those below it, by status and overdue at the reading time', async () => {
      const ids = (body: { items: Array<{ id: string }> }) => body.items.map((p) => p.id);
      expect(ids((await api.read('/problems?unitId=D&sort=raisedAt')).body)).toEqual([
        'P1',
        'P2',
        'P3',
      ]);
      expect(ids((await api.read('/problems?unitId=T1')).body).sort()).toEqual(['P1', 'P2']);
      expect(ids((await api.read('/problems?unitId=D&overdue=true')).body)).toEqual(['P2']);
      expect(ids((await api.read('/problems?status=open&overdue=false')).body)).toEqual(['P3']);
      expect(ids((await api.read('/problems?patrolId=PAT1&duty=leadership')).body)).toEqual(['P1']);
      const page = await api.read('/problems?unitId=D&limit=1&offset=1&sort=raisedAt');
      expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1, items: [{ id: 'P2' }] });
      expectProblem(await api.get('/problems?unitId=NOPE'), 404);
    });

    it('keeps a ledger per unit and year (巡查督查问题台账), each line naming its events', async () => {
      const ledger = async (unitId: string) =>
        (await api.read(`/problem-ledger?unitId=${unitId}&year=2025`)).body;
      expect(await ledger('D')).toEqual({
        unitId: 'D',
        year: 2025,
        referenceDate: '2025-12-31T15:59:59.999Z',
        raised: 3,
        rectified: 1,
        overdue: 1,
        rectificationRate: 33.3,
      });
      expect(await ledger('T1')).toMatchObject({
        raised: 2,
        rectified: 1,
        overdue: 1,
        rectificationRate: 50,
      });
      expect(await ledger('T2')).toMatchObject({
        raised: 1,
        rectified: 0,
        overdue: 0,
        rectificationRate: 0,
      });
      const withItems = (await api.read('/problem-ledger?unitId=T1&year=2025&items=true')).body;
      expect(withItems.items.overdue).toEqual([
        {
          problemId: 'P2',
          targetUnitId: 'T1',
          events: [{ streamId: 'problem-P2', eventId: expect.any(String) }],
        },
      ]);
      expect(
        withItems.items.rectified[0].events.map((e: { streamId: string }) => e.streamId),
      ).toEqual(Array(4).fill('problem-P1'));
      expect((await ledger('B')).raised).toBe(0);
      expect((await api.read('/problem-ledger?unitId=D&year=2024')).body).toMatchObject({
        raised: 0,
        overdue: 0,
        rectificationRate: 100,
      });
    });

    it('never counts a problem as a hazard', async () => {
      const hazards = (await api.read('/hazard-ledger?unitId=D&year=2025&items=true')).body;
      expect(hazards.items.identified).toEqual(['H1']);
      expect(hazards.overdue).toBe(1);
      expect(hazards.items.overdue).toEqual(['H1']);
    });

    it("lets the target town rectify its problem, but not verify or extend it (the patrol's side does)", async () => {
      const town = api.as(townOffice);
      await town
        .post('/problems/P2/rectification', {
          rectifiedAt: '2025-06-01T10:00:00+08:00',
          evidence: '整改台账',
        })
        .expect(200);
      const verify = await town.post('/problems/P2/verification', {
        passed: true,
        verifiedAt: '2025-06-02T10:00:00+08:00',
        verifier: '镇安委办',
      });
      expectProblem(verify, 403, 'out_of_scope');
      expectProblem(
        await api.as(townReporter).post('/problems/P2/verification', {
          passed: true,
          verifiedAt: '2025-06-02T10:00:00+08:00',
          verifier: '镇安委办',
        }),
        403,
        'forbidden',
      );
      expectProblem(await town.get('/problems/P3'), 403, 'out_of_scope');
      expectProblem(await town.get('/patrols/PAT1'), 403, 'out_of_scope');
    });
  });

  describe('supervision orders (督办函)', () => {
    const order = orderBody;

    it('issues an order to a lower unit about a record that exists', async () => {
      const issued = await api.write('/supervision-orders', order());
      expect(issued.body).toMatchObject({
        id: 'SO1',
        issuerUnitId: 'D',
        targetUnitId: 'T1',
        subject: { kind: 'problem', id: 'P2' },
        status: 'issued',
        replies: [],
        overdue: true,
      });
      await api.write(
        '/supervision-orders',
        order({ id: 'SO2', targetUnitId: 'E1', subject: { kind: 'hazard', id: 'H1' } }),
      );
    });

    it('refuses an order to a unit not below the issuer, or about a record that does not exist (422)', async () => {
      for (const [issuerUnitId, targetUnitId] of [
        ['T1', 'T2'],
        ['B', 'T1'],
      ]) {
        const notBelow = order({ id: 'SO9', issuerUnitId, targetUnitId });
        expectProblem(await post('/supervision-orders', notBelow), 422, 'not_a_lower_unit');
      }
      const unknown = await post(
        '/supervision-orders',
        order({ id: 'SO9', subject: { kind: 'incident', id: 'I-NONE' } }),
      );
      expectProblem(unknown, 422, 'unknown_reference');
      expect(unknown.body.errors).toEqual([
        { field: 'subject.id', message: 'incident I-NONE does not exist' },
      ]);
      expectProblem(
        await post(
          '/supervision-orders',
          order({ id: 'SO9', subject: { kind: 'penalty', id: 'X' } }),
        ),
        400,
      );
    });

    it('takes the target unit’s replies, then the issuer closes it; a reply after closure is refused (422)', async () => {
      const reply = await api
        .as(townReporter)
        .post('/supervision-orders/SO1/reply', {
          repliedAt: '2025-06-01T10:00:00+08:00',
          content: '已完成整改，附整改报告',
        })
        .expect(200);
      expect(reply.body).toMatchObject({
        status: 'replied',
        replies: [{ content: '已完成整改，附整改报告' }],
      });
      expectProblem(
        await api.as(townOffice).post('/supervision-orders/SO1/closure', {
          closedAt: '2025-06-05T10:00:00+08:00',
        }),
        403,
        'out_of_scope',
      );
      const closed = await api.write(
        '/supervision-orders/SO1/closure',
        { closedAt: '2025-06-05T10:00:00+08:00', note: '整改到位，予以销号' },
        200,
      );
      expect(closed.body).toMatchObject({
        status: 'closed',
        closedAt: '2025-06-05T02:00:00.000Z',
        closureNote: '整改到位，予以销号',
        overdue: false,
      });
      expect(closed.body.closedLate).toBeUndefined();
      const late = await api.as(townReporter).post('/supervision-orders/SO1/reply', {
        repliedAt: '2025-06-06T10:00:00+08:00',
        content: '补充材料',
      });
      expectProblem(late, 422, 'order_closed');
      expectProblem(
        await post('/supervision-orders/SO1/closure', { closedAt: '2025-06-07T10:00:00+08:00' }),
        409,
        'order_closed',
      );
    });

    it('lists the orders to a unit and those below it, overdue ones by themselves', async () => {
      const ids = (body: { items: Array<{ id: string }> }) => body.items.map((o) => o.id).sort();
      expect(ids((await api.read('/supervision-orders?unitId=T1')).body)).toEqual(['SO1', 'SO2']);
      const overdue = await api.read('/supervision-orders?unitId=D&overdue=true');
      expect(overdue.body).toMatchObject({
        total: 1,
        items: [{ id: 'SO2', status: 'issued', overdue: true }],
      });
      expect(
        ids((await api.read('/supervision-orders?issuerUnitId=D&status=closed')).body),
      ).toEqual(['SO1']);
      expect((await get('/supervision-orders/SO2').expect(200)).body.overdue).toBe(true);
      expectProblem(await get('/supervision-orders/SO9'), 404);
    });
  });
});
