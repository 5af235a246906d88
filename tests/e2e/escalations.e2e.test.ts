import type { EscalationView } from '../../src/modules/assessment/queries/year-escalations';
import { expectProblem, useTestApp } from './support/api';
import { enterprise, seedTree } from './support/tree';
import { twoTownsTree } from './support/two-towns';

/**
 * Escalation candidates (升级问责建议) over HTTP, judged at the end of 2025 (CST): D > T1 > E1,
 * D > T2 > E2. By hand:
 *
 *   HM1  major hazard of E1, due 04-01, never rectified       → E1 and T1 answer for it
 *   ACT1 interview of E1 by T1 (its parent) on 05-01           → handles E1's interview candidate
 *   PR2  problem of T2 (patrol of D), due 06-01, open          → overdue > 30 days
 *   ACT2 interview of T2 by T1 on 07-01: T1 is no ancestor of T2 → handles nothing
 *   HG1, HG2 general hazards of E2, due 12-10; SO2 order T2 → E2, due 12-15 → three overdue items
 *
 * Periods of 30 days are calendar days: counted from the day after, they end at 24:00 CST of the
 * 30th day (04-01 + 30 days ends as 05-02 begins).
 *
 *   E1 interview  by T1  major_hazard_overdue         [HM1]            since 05-02 (04-01 + 30 days)  handled by ACT1
 *   E1 circular   by T1  overdue_after_interview      [HM1]            since 06-01 (ACT1 + 30 days)   open
 *   T1 interview  by D   major_hazard_overdue         [HM1]            since 05-02                    open
 *   T2 interview  by D   problem_overdue, many_overdue [PR2, HG1, HG2] since 07-02 (06-01 + 30 days)  open
 *   E2 interview  by T2  many_overdue                 [HG1, HG2, SO2]  since 12-15 (the third item)   open
 *   D: no parent, no candidate. T2 was interviewed by no ancestor: no circular.
 *
 * Then D circulates E1 (ACT3, 08-01): E1's circular is handled by it.
 */
const cst = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();

describe('escalation candidates over HTTP', () => {
  const api = useTestApp();
  const { get } = api;

  beforeAll(async () => {
    await seedTree(api, twoTownsTree(enterprise('E2', 'T2', 'construction', '安装公司')));
    const hazard = (id: string, unitId: string, level: string, deadline: string) =>
      api.write('/hazards', {
        id,
        unitId,
        level,
        description: `${id} 隐患`,
        identifiedAt: '2025-03-01T09:00:00+08:00',
        deadline: `${deadline}T00:00:00+08:00`,
      });
    await hazard('HM1', 'E1', 'major', '2025-04-01');
    await hazard('HG1', 'E2', 'general', '2025-12-10');
    await hazard('HG2', 'E2', 'general', '2025-12-10');
    const action = (
      id: string,
      form: string,
      decidingUnitId: string,
      targetUnitId: string,
      at: string,
    ) =>
      api.write('/accountability-actions', {
        id,
        form,
        decidingUnitId,
        targetUnitId,
        decidedAt: `${at}T09:00:00+08:00`,
        reason: '隐患整改不力',
      });
    await action('ACT1', 'interview', 'T1', 'E1', '2025-05-01');
    await action('ACT2', 'interview', 'T1', 'T2', '2025-07-01');
    await api.write('/patrols', {
      id: 'PAT1',
      kind: 'patrol',
      leadUnitId: 'D',
      team: ['组长'],
      targetUnitIds: ['T2'],
      from: '2025-04-20T09:00:00+08:00',
      to: '2025-04-30T18:00:00+08:00',
    });
    await api.write('/patrols/PAT1/problems', {
      id: 'PR2',
      targetUnitId: 'T2',
      duty: 'hazard_management',
      description: '隐患排查治理不到位',
      raisedAt: '2025-04-30T09:00:00+08:00',
      deadline: '2025-06-01T00:00:00+08:00',
    });
    await api.write('/supervision-orders', {
      id: 'SO2',
      issuerUnitId: 'T2',
      targetUnitId: 'E2',
      subject: { kind: 'hazard', id: 'HG1' },
      requirement: '限期整改',
      issuedAt: '2025-12-01T09:00:00+08:00',
      deadline: '2025-12-15T00:00:00+08:00',
    });
  }, 60_000);

  const summary = (body: EscalationView[]) =>
    body.map((c) => ({
      unit: c.unitId,
      form: c.form,
      by: c.byUnitId,
      reasons: c.reasons,
      items: c.items.map((i) => i.streamId).sort(),
      since: c.since,
      handledBy: c.handledBy?.streamId ?? null,
    }));

  const EXPECTED = [
    {
      unit: 'E1',
      form: 'interview',
      by: 'T1',
      reasons: ['major_hazard_overdue'],
      items: ['hazard-HM1'],
      since: cst('2025-05-02'),
      handledBy: 'accountability-ACT1',
    },
    {
      unit: 'T1',
      form: 'interview',
      by: 'D',
      reasons: ['major_hazard_overdue'],
      items: ['hazard-HM1'],
      since: cst('2025-05-02'),
      handledBy: null,
    },
    {
      unit: 'E1',
      form: 'circular',
      by: 'T1',
      reasons: ['overdue_after_interview'],
      items: ['hazard-HM1'],
      since: cst('2025-06-01'),
      handledBy: null,
    },
    {
      unit: 'T2',
      form: 'interview',
      by: 'D',
      reasons: ['problem_overdue', 'many_overdue'],
      items: ['hazard-HG1', 'hazard-HG2', 'problem-PR2'],
      since: cst('2025-07-02'),
      handledBy: null,
    },
    {
      unit: 'E2',
      form: 'interview',
      by: 'T2',
      reasons: ['many_overdue'],
      items: ['hazard-HG1', 'hazard-HG2', 'supervisionorder-SO2'],
      since: cst('2025-12-15'),
      handledBy: null,
    },
  ];

  it('derives every candidate of the year, the earliest first, with labels, items and events', async () => {
    const { body } = await api.read('/escalations?year=2025');
    expect(summary(body)).toEqual(EXPECTED);
    const [e1] = body;
    expect(e1).toMatchObject({
      year: 2025,
      referenceDate: '2025-12-31T15:59:59.999Z',
      unitName: '建筑公司',
      byUnitName: '城关镇',
      formLabel: '约谈',
      reasonLabels: ['重大隐患逾期超过 30 日'],
      handled: true,
      interviews: [],
    });
    expect(e1.items).toEqual([
      {
        kind: 'hazard',
        kindLabel: '隐患',
        id: 'HM1',
        streamId: 'hazard-HM1',
        major: true,
        overdueSince: cst('2025-04-01'),
        events: [expect.objectContaining({ streamId: 'hazard-HM1' })],
      },
    ]);
    expect(body[2].interviews).toEqual([e1.handledBy]);
  });

  it('filters by unit (and the units below it), form and handling', async () => {
    const units = async (query: string) =>
      summary((await api.read(`/escalations?year=2025&${query}`)).body).map(
        (c) => `${c.unit}:${c.form}`,
      );
    expect(await units('unitId=T1')).toEqual(['E1:interview', 'T1:interview', 'E1:circular']);
    expect(await units('unitId=E2')).toEqual(['E2:interview']);
    expect(await units('form=circular')).toEqual(['E1:circular']);
    expect(await units('handled=true')).toEqual(['E1:interview']);
    expect(await units('unitId=D&handled=false&form=interview')).toEqual([
      'T1:interview',
      'T2:interview',
      'E2:interview',
    ]);
  });

  it("shows a unit's candidates in its assessment breakdown, without points", async () => {
    const { body } = await api.read('/assessments/2025/units/T2');
    expect(body.escalations.map((c: { form: string }) => c.form)).toEqual(['interview']);
    expect(body.items.map((i: { rule: string }) => i.rule)).not.toContain('escalation');
  });

  it('shows a circular as handled once an ancestor records one, and as it stood before', async () => {
    const before = new Date().toISOString();
    await api.write('/accountability-actions', {
      id: 'ACT3',
      form: 'circular',
      decidingUnitId: 'D',
      targetUnitId: 'E1',
      decidedAt: '2025-08-01T09:00:00+08:00',
      reason: '约谈后仍未整改',
    });
    const now = summary((await api.read('/escalations?year=2025&unitId=E1&form=circular')).body);
    expect(now.map((c) => c.handledBy)).toEqual(['accountability-ACT3']);
    const then = summary(
      (await api.read(`/escalations?year=2025&unitId=E1&form=circular&asOf=${before}`)).body,
    );
    expect(then.map((c) => c.handledBy)).toEqual([null]);
  });

  it('keeps a town user to its town, and refuses bad filters', async () => {
    const townReader = await api.userToken('reporter-T1', 'reporter', 'T1');
    const mine = await api.as(townReader).read('/escalations?year=2025');
    expect(new Set(mine.body.map((c: { unitId: string }) => c.unitId))).toEqual(
      new Set(['T1', 'E1']),
    );
    expectProblem(await api.as(townReader).settled('/escalations?year=2025&unitId=T2'), 403);
    expectProblem(await get('/escalations?year=2025&unitId=NOPE'), 404);
    expectProblem(await get('/escalations?year=1999'), 400);
    expectProblem(await get('/escalations?form=warning'), 400);
    expectProblem(await get('/escalations?handled=maybe'), 400);
  });
});
