/**
 * A year of accountability that holds up under review, over HTTP, scored by hand (default scheme).
 *
 * District D > towns T1, T2. Enterprises: E1 (construction) and E3 (industry_trade) in T1,
 * E2 (construction) in T2. Agreements for 2025: T1 and T2 (issued by D, one office-scored task of
 * weight 60; T1 caps maxDeaths at 2) and E1 (issued by T1, likewise), so the enterprise E1 is
 * assessed too. Task scores: T1 50, T2 50, E1 40. No bonus. Reading time is after the year, so the
 * reference date is the end of 2025 in CST.
 *
 * Posts (from 2022): T1 P1 principal, S1 party secretary, DX1 deputy (portfolio construction);
 * T2 P2 principal, S2 party secretary, DP2 deputy (portfolio construction), DQ2 deputy (portfolio
 * fire); E1 PE1 principal, SE1 safety director.
 *
 * Incidents (CST)
 *   I-LATE E1 construction, 2025-03-10 09:00, head informed 09:10, reported 10:30: 80 min > 1 h
 *          → late, automatic `late` finding naming E1. 0 deaths, 1 serious injury: general.
 *          A `concealed` finding (2025-04-01) names E1 and the person SE1. Concluded: liability.
 *   I-ND   E3 industry_trade, 2025-07-20, 3 deaths: larger. Concluded: natural_disaster.
 *   I-PEND E2, 2025-09-05, 3 deaths: larger. Reported as industry_trade; office user OA proposes
 *          the industry construction, office user OB approves (four eyes). Not concluded: pending.
 * Hazard H-OLD: E3, major, identified 2024-10-08, deadline 2024-12-31, never rectified: open all
 * through 2025 (carried over, 跨年未整改). No hazard is identified in 2025: every rate is 100.
 *
 * T1 (town). Tasks 50. Outcomes 40 − [I-LATE 2 + 0.5 = 2.5] − [late finding 10]
 *   − [concealed finding 10] − [H-OLD overdue major 3] = 14.5. I-ND costs nothing: no deduction,
 *   not counted in maxDeaths (0 of 2; counted it would be 3 > 2), no grade veto. Score 64.5.
 *   The findings name E1, not T1: not vetoed → pass, yellow card (60 ≤ 64.5 < 70). No bars, so
 *   DX1 (construction portfolio) is not barred. Nothing provisional (I-LATE is concluded).
 * E1 (enterprise). Tasks 40. Outcomes 40 − 2.5 − 10 − 10 = 17.5 (H-OLD is E3's). Score 57.5.
 *   Vetoed by both findings (misreporting:late, misreporting:concealed; never provisional) → fail,
 *   award disqualified. Bars 2026: PE1 (principal at I-LATE) and SE1 (named by the concealed
 *   finding), not provisional.
 * T2 (town). Tasks 50. Outcomes 40 − [I-PEND larger 10, provisional] = 30. Score 80, but vetoed
 *   by a larger incident (incidents:larger:1), provisional since I-PEND is pending → fail. Bars
 *   2026, all provisional: P2, S2 (党政同责) and DP2, whose construction portfolio covers I-PEND's
 *   corrected industry (一岗双责); DQ2 (fire) is not barred. Before OB's approval the industry
 *   was industry_trade and DP2 was not barred. T2's breakdown lists the applied correction.
 * Ranking of towns: T1 (not vetoed) 1, T2 (vetoed) 2. Finalisation lists T2 alone as provisional.
 */
import { ADMIN_TOKEN } from '../e2e/harness';
import { useTestApp } from '../e2e/support/api';
import { agreementBody } from '../e2e/support/bodies';
import { finalize2025 } from '../e2e/support/finalization';

const cst = (local: string) => `${local}+08:00`;

interface Item {
  section: string;
  rule: string;
  label: string;
  points: number;
  provisional: boolean;
  events: { streamId: string; eventId: string }[];
}
interface Ref {
  reason: string;
  events: { streamId: string; eventId: string }[];
}
interface Bar {
  personId: string;
  unitId: string;
  post: string | null;
  barredYear: number;
  provisional: boolean;
}

describe('an accountability year, scored by hand', () => {
  const api = useTestApp();
  let beforeApproval = '';
  const tokens: Record<string, string> = { admin: ADMIN_TOKEN };

  const send = async (who: string, path: string, body: object, status: number) =>
    (await api.as(tokens[who]).write(path, body, status)).body;
  const post = (path: string, body: object, status = 201) => send('admin', path, body, status);
  const get = async (path: string) => (await api.read(path)).body;
  const unit = (id: string, query = '') => get(`/assessments/2025/units/${id}${query}`);
  const appoint = (unitId: string, personId: string, post_: string, portfolio?: string[]) =>
    post(
      `/units/${unitId}/appointments`,
      {
        personId,
        personName: `姓名${personId}`,
        post: post_,
        from: cst('2022-01-01T00:00:00'),
        ...(portfolio ? { portfolioIndustries: portfolio } : {}),
      },
      200,
    );
  const agreement = (unitId: string, issuer: [string, string], signatory: string, caps = {}) =>
    post('/agreements', agreementBody(unitId, issuer, signatory, caps));
  const incident = (id: string, unitId: string, industry: string, at: string, deaths: number) =>
    post('/incidents', {
      id,
      unitId,
      industry,
      occurredAt: cst(`${at}T10:00:00`),
      reportedAt: cst(`${at}T10:20:00`),
      deaths,
      seriousInjuries: 0,
      directLossYuan: 10_000,
      description: '事故经过',
    });
  const conclude = (id: string, at: string, nature: string, liable: object[]) =>
    post(
      `/incidents/${id}/investigation/conclusion`,
      { concludedAt: cst(`${at}T09:00:00`), cause: '调查结论', liable, measures: ['整改'], nature },
      200,
    );

  beforeAll(async () => {
    await post('/units', { id: 'D', name: '示范区', kind: 'district' });
    for (const town of ['T1', 'T2'])
      await post('/units', { id: town, name: `镇${town}`, kind: 'town', parentId: 'D' });
    for (const [id, parentId, industry] of [
      ['E1', 'T1', 'construction'],
      ['E3', 'T1', 'industry_trade'],
      ['E2', 'T2', 'construction'],
    ])
      await post('/units', { id, name: `企业${id}`, kind: 'enterprise', parentId, industry });
    tokens.OA = await api.userToken('OA', 'office', 'D');
    tokens.OB = await api.userToken('OB', 'office', 'D');

    await appoint('D', 'PD', 'principal');
    await appoint('T1', 'P1', 'principal');
    await appoint('T1', 'S1', 'party_secretary');
    await appoint('T1', 'DX1', 'deputy', ['construction']);
    await appoint('T2', 'P2', 'principal');
    await appoint('T2', 'S2', 'party_secretary');
    await appoint('T2', 'DP2', 'deputy', ['construction']);
    await appoint('T2', 'DQ2', 'deputy', ['fire']);
    await appoint('E1', 'PE1', 'principal');
    await appoint('E1', 'SE1', 'safety_director');

    await agreement('T1', ['D', 'PD'], 'P1', { maxDeaths: 2 });
    await agreement('T2', ['D', 'PD'], 'P2');
    await agreement('E1', ['T1', 'P1'], 'PE1');
    for (const [unitId, score] of [
      ['T1', 50],
      ['T2', 50],
      ['E1', 40],
    ] as const)
      await post(`/assessments/2025/units/${unitId}/task-scores`, {
        taskCode: 'K1',
        score,
        evaluatedAt: cst('2025-12-20T09:00:00'),
        evidence: '考核材料',
      });

    await post('/incidents', {
      id: 'I-LATE',
      unitId: 'E1',
      industry: 'construction',
      occurredAt: cst('2025-03-10T09:00:00'),
      headInformedAt: cst('2025-03-10T09:10:00'),
      reportedAt: cst('2025-03-10T10:30:00'),
      deaths: 0,
      seriousInjuries: 1,
      directLossYuan: 10_000,
      description: '物体打击',
    });
    await post(
      '/incidents/I-LATE/misreporting-findings',
      {
        kind: 'concealed',
        establishedAt: cst('2025-04-01T10:00:00'),
        detail: '瞒报一名重伤人员',
        responsiblePersonIds: ['SE1'],
      },
      200,
    );
    await post('/incidents/I-LATE/investigation', { openedAt: cst('2025-03-11T09:00:00') }, 200);
    await conclude('I-LATE', '2025-04-20', 'liability', [
      { unitId: 'E1', role: '事故单位', finding: '未落实安全生产主体责任' },
    ]);

    await incident('I-ND', 'E3', 'industry_trade', '2025-07-20', 3);
    await post('/incidents/I-ND/investigation', { openedAt: cst('2025-07-21T09:00:00') }, 200);
    await conclude('I-ND', '2025-08-30', 'natural_disaster', []);

    await incident('I-PEND', 'E2', 'industry_trade', '2025-09-05', 3);
    const proposal = await send(
      'OA',
      '/incidents/I-PEND/corrections',
      { field: 'industry', to: 'construction', reason: '行业填报有误' },
      201,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    beforeApproval = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await send(
      'OB',
      `/incidents/I-PEND/corrections/${proposal.correctionId}/approval`,
      { approvedAt: new Date().toISOString() },
      200,
    );

    await post('/hazards', {
      id: 'H-OLD',
      unitId: 'E3',
      level: 'major',
      description: '粉尘涉爆除尘系统失效',
      identifiedAt: cst('2024-10-08T09:00:00'),
      deadline: cst('2024-12-31T09:00:00'),
    });
  }, 60_000);

  const rulesOf = (items: Item[]) => items.map((i) => [i.rule, i.points, i.provisional]);
  const barsOf = (bars: Bar[]) =>
    bars.map((b) => [b.unitId, b.personId, b.barredYear, b.provisional]).sort();

  it('scores, grades and vetoes every assessed unit as worked out by hand', async () => {
    expect(await unit('T1')).toMatchObject({
      score: 64.5,
      sections: { tasks: 50, outcomes: 14.5, bonus: 0 },
      vetoed: false,
      vetoReasons: [],
      grade: 'pass',
      yellowCard: true,
      promotionBars: [],
      awardDisqualified: false,
    });
    expect(await unit('E1')).toMatchObject({
      score: 57.5,
      sections: { tasks: 40, outcomes: 17.5, bonus: 0 },
      vetoed: true,
      grade: 'fail',
      awardDisqualified: true,
    });
    expect(await unit('T2')).toMatchObject({
      score: 80,
      sections: { tasks: 50, outcomes: 30, bonus: 0 },
      vetoed: true,
      grade: 'fail',
      yellowCard: false,
      awardDisqualified: true,
    });
  });

  it("charges the enterprise's late report and concealment to its town without vetoing it", async () => {
    const t1 = await unit('T1');
    expect(rulesOf(t1.items)).toEqual([
      ['task', 50, false],
      ['general_incident', -2.5, false],
      ['misreporting_finding', -10, false],
      ['misreporting_finding', -10, false],
      ['overdue_major_hazards', -3, false],
    ]);
    const e1 = await unit('E1');
    expect(rulesOf(e1.items)).toEqual([
      ['task', 40, false],
      ['general_incident', -2.5, false],
      ['misreporting_finding', -10, false],
      ['misreporting_finding', -10, false],
    ]);
    expect(e1.vetoReasons).toEqual([
      expect.objectContaining({ rule: 'misreporting:late', provisional: false }),
      expect.objectContaining({ rule: 'misreporting:concealed', provisional: false }),
    ]);
    expect(barsOf(e1.promotionBars)).toEqual([
      ['E1', 'PE1', 2026, false],
      ['E1', 'SE1', 2026, false],
    ]);
    const findings = (e1.items as Item[]).filter((i) => i.rule === 'misreporting_finding');
    const findingEvents = findings.map((i) => i.events);
    const lateOrConcealed = [{ streamId: 'incident-I-LATE', eventId: expect.any(String) }];
    expect(findingEvents).toEqual([lateOrConcealed, lateOrConcealed]);
    expect((e1.vetoReasons as Ref[]).map((v) => v.events)).toEqual(findingEvents);
    const [pe1, se1] = e1.promotionBars as (Bar & Ref)[];
    expect(pe1).toMatchObject({ post: 'principal', reason: expect.stringContaining('迟报') });
    expect(pe1.reason).toContain('瞒报');
    expect(se1).toMatchObject({ post: null, reason: expect.stringContaining('认定责任人') });
    expect(se1.events).toContainEqual(findingEvents[1][0]);
    // T1 pays for both findings but is vetoed by neither: they name E1 alone.
    expect((await unit('T1')).vetoReasons).toEqual([]);
  });

  it('lets a natural disaster cost nothing: no item, no indicator count, no veto', async () => {
    const t1 = await unit('T1');
    const streams = (t1.items as Item[]).flatMap((i) => i.events.map((e) => e.streamId));
    expect(streams).not.toContain('incident-I-ND');
    expect(t1.controlIndicators).toEqual([
      expect.objectContaining({ indicator: 'maxDeaths', cap: 2, actual: 0, exceeded: false }),
    ]);
    const incidentView = await get('/incidents/I-ND');
    expect(incidentView).toMatchObject({ grade: 'larger', nature: 'natural_disaster' });
  });

  it('costs 3 for a major hazard of 2024 still open through 2025, said to be carried over', async () => {
    const t1 = await unit('T1');
    const overdue = (t1.items as Item[]).find((i) => i.rule === 'overdue_major_hazards')!;
    expect(overdue.label).toContain('跨年');
    expect(overdue.events.map((e) => e.streamId)).toEqual(['hazard-H-OLD']);
    expect(t1.rectificationRate).toMatchObject({ identified: 0, rate: 100, overdueMajor: 1 });
  });

  it('vetoes the town of a pending larger incident provisionally, with provisional bars', async () => {
    const t2 = await unit('T2');
    expect(rulesOf(t2.items)).toEqual([
      ['task', 50, false],
      ['larger_or_worse_incident', -10, true],
    ]);
    expect(t2.vetoReasons).toEqual([
      expect.objectContaining({ rule: 'incidents:larger:1', provisional: true }),
    ]);
    const item = (t2.items as Item[])[1];
    expect(item.events.map((e) => e.streamId)).toContain('incident-I-PEND');
    expect((t2.vetoReasons as Ref[])[0].events).toEqual(item.events);
    expect(barsOf(t2.promotionBars)).toEqual([
      ['T2', 'DP2', 2026, true],
      ['T2', 'P2', 2026, true],
      ['T2', 'S2', 2026, true],
    ]);
    expect((await get('/incidents/I-PEND')).nature).toBe('pending');
  });

  it('bars the deputy whose portfolio covers the incident, not the one with another portfolio', async () => {
    const bars = (await get('/assessments/2025/promotion-bars')) as Bar[];
    expect(barsOf(bars)).toEqual([
      ['E1', 'PE1', 2026, false],
      ['E1', 'SE1', 2026, false],
      ['T2', 'DP2', 2026, true],
      ['T2', 'P2', 2026, true],
      ['T2', 'S2', 2026, true],
    ]);
    const dp2 = bars.find((b) => b.personId === 'DP2') as Bar & Ref;
    expect(dp2.post).toBe('deputy');
    expect(dp2.reason).toContain('分管领域含建筑施工');
    const disqualified = (await get('/assessments/2025/award-disqualifications')) as {
      unitId: string;
    }[];
    expect(disqualified.map((d) => d.unitId).sort()).toEqual(['E1', 'T2']);
  });

  it("lists the four-eyes correction behind T2's result, and the deputy's bar rests on it", async () => {
    const t2 = await unit('T2');
    expect(t2.corrections).toEqual([
      expect.objectContaining({
        incidentId: 'I-PEND',
        proposedBy: 'OA',
        approvedBy: 'OB',
        changes: [
          { field: 'industry', fieldLabel: '所属行业', from: 'industry_trade', to: 'construction' },
        ],
        reason: '行业填报有误',
      }),
    ]);
    const before = await unit('T2', `?asOf=${encodeURIComponent(beforeApproval)}`);
    expect(barsOf(before.promotionBars)).toEqual([
      ['T2', 'P2', 2026, true],
      ['T2', 'S2', 2026, true],
    ]);
    expect(before.score).toBe(80);
    const [proposal, application] = t2.corrections[0].events as { eventId: string }[];
    expect(t2.corrections[0].events).toEqual([
      { streamId: 'incident-I-PEND', eventId: proposal.eventId },
      { streamId: 'incident-I-PEND', eventId: application.eventId },
    ]);
    const dp2 = (t2.promotionBars as (Bar & Ref)[]).find((b) => b.personId === 'DP2')!;
    expect(dp2.events.map((e) => e.eventId)).toContain(application.eventId);
  });

  it('ranks the vetoed town last, and finalisation lists only what rests on I-PEND', async () => {
    const table = await get('/assessments/2025?kind=town');
    expect(table.units.map((u: { unitId: string; rank: number }) => [u.unitId, u.rank])).toEqual([
      ['T1', 1],
      ['T2', 2],
    ]);
    const provisional = await finalize2025(api);
    expect(provisional.map((p) => p.unitId)).toEqual(['T2']);
    expect(provisional[0].items.map((i) => i.rule)).toEqual(['larger_or_worse_incident']);
    expect(provisional[0].vetoReasons.map((v) => v.rule)).toEqual(['incidents:larger:1']);
    expect(provisional[0].promotionBars.map((b) => b.personId).sort()).toEqual(['DP2', 'P2', 'S2']);
  });
});
