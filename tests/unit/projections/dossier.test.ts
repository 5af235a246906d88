import {
  dossier,
  dossierYears,
  scopedDossier,
  unitsOfDossier,
} from '../../../projections/queries/dossier';
import type { AssessmentResult } from '../../../src/domain/assessment/result';
import {
  action,
  agreementAmended,
  agreementSigned,
  concluded,
  cst,
  finding,
  majorHazard,
  projectAll,
  refOf,
  reported,
  sourcesOf,
  WORLD,
} from './dossier-world';

const NOW = cst('2026-01-10T00:00:00');

const world = WORLD();
const [, , , , , , appointX, endX, , appointXinB, appointZ] = world;
const signed = agreementSigned();
const I0 = reported('I0', 'R', 'road_traffic', '2025-02-01T10:00:00');
const I1 = reported('I1', 'E', 'construction', '2025-03-01T10:00:00');
const I2 = reported('I2', 'E', 'construction', '2025-09-01T10:00:00');
const I3 = reported('I3', 'R', 'road_traffic', '2025-10-01T10:00:00');
const conclusion = concluded('I1', [
  { personId: 'W', unitId: 'E', role: '企业实际控制人', finding: '未落实主体责任' },
]);
const concealment = finding('I1', ['W'], '2025-05-01T09:00:00');
const circular = action('ACT1', 'X', 'T', '2025-03-20T09:00:00');
const hazard = majorHazard();

const events = () => [
  ...world,
  signed,
  agreementAmended(),
  I0,
  I1,
  I2,
  I3,
  ...conclusion,
  concealment,
  circular,
  ...hazard,
];

const i1 = { streamId: 'incident-I1', eventId: I1.eventId };

/** T's 2025 result: I1 costs 10 and vetoes T; W (liable) and X (head) are barred for 2026. */
const resultOfT = (): AssessmentResult =>
  ({
    unitId: 'T',
    unitName: '城关镇',
    unitKind: 'town',
    year: 2025,
    assessed: true,
    items: [
      {
        section: 'outcomes',
        rule: 'larger_or_worse_incident',
        label: '较大事故 I1',
        points: -10,
        provisional: false,
        events: [i1],
      },
      {
        section: 'outcomes',
        rule: 'interview',
        label: '约谈',
        points: -1,
        provisional: false,
        events: [{ streamId: 'accountability-X', eventId: 'x' }],
      },
    ],
    vetoReasons: [
      { rule: 'incidents:larger:1', label: '发生较大事故', provisional: false, events: [i1] },
    ],
    promotionBars: [
      {
        personId: 'X',
        personName: 'name-X',
        unitId: 'T',
        post: 'principal',
        personUnit: { unitId: 'T', unitName: '城关镇', post: 'principal' },
        barredYear: 2026,
        reason: '事故 I1 发生时任主要负责人',
        provisional: false,
        events: [i1, refOf(appointX)],
      },
      {
        personId: 'W',
        personName: 'W',
        unitId: 'T',
        post: null,
        personUnit: { unitId: 'E', unitName: '建工公司', post: null },
        barredYear: 2026,
        reason: '事故 I1 调查认定责任',
        provisional: false,
        events: [i1, refOf(conclusion[1])],
      },
    ],
  }) as unknown as AssessmentResult;

describe('dossier: a person who moved from a town to a department mid-year', () => {
  it('lists both posts with their events, and only the incidents of the chain they stood in then', async () => {
    const store = await projectAll(events());
    const d = dossier(sourcesOf(store, 'X', [resultOfT()]), {}, NOW);
    expect(d.posts).toEqual([
      expect.objectContaining({
        unitId: 'T',
        post: 'principal',
        from: cst('2024-01-01T00:00:00'),
        to: cst('2025-07-01T00:00:00'),
        events: [refOf(appointX), refOf(endX)],
      }),
      expect.objectContaining({
        unitId: 'B',
        unitKind: 'department',
        to: null,
        events: [refOf(appointXinB)],
      }),
    ]);
    // I0 (road, in T while X headed it) and I1 as T's head; I2 as the head of the department
    // regulating construction; I3 (road, after leaving T) not at all.
    expect(
      d.incidents.map((i) => [i.incidentId, i.standings.map((s) => `${s.as}@${s.unitId}`)]),
    ).toEqual([
      ['I0', ['head@T']],
      ['I1', ['head@T']],
      ['I2', ['head@B']],
    ]);
    expect(d.incidents[2].standings[0].events).toEqual([refOf(appointXinB)]);
  });

  it('says what an incident cost the unit where the person stood, naming the events', async () => {
    const store = await projectAll(events());
    const d = dossier(sourcesOf(store, 'X', [resultOfT()]), {}, NOW);
    const cost = d.incidents.find((i) => i.incidentId === 'I1')!.costs;
    expect(cost).toEqual([
      expect.objectContaining({
        unitId: 'T',
        year: 2025,
        assessed: true,
        points: -10,
        items: [expect.objectContaining({ rule: 'larger_or_worse_incident', events: [i1] })],
        vetoes: [expect.objectContaining({ rule: 'incidents:larger:1' })],
      }),
    ]);
    expect(d.incidents.find((i) => i.incidentId === 'I2')!.costs).toEqual([
      expect.objectContaining({ unitId: 'B', assessed: false, items: [], vetoes: [] }),
    ]);
  });

  it('lists the agreement signed for the town, not the amendment that replaced the signatory', async () => {
    const store = await projectAll(events());
    const d = dossier(sourcesOf(store, 'X'), {}, NOW);
    expect(d.agreements).toEqual([
      expect.objectContaining({
        agreementId: 'A-T',
        side: 'responsible',
        unitId: 'T',
        issuerUnitId: 'D',
        by: 'signing',
        status: 'active',
        events: [refOf(signed)],
      }),
    ]);
    const successor = dossier(sourcesOf(store, 'Y'), {}, NOW);
    expect(successor.agreements.map((a) => [a.agreementId, a.by])).toEqual([['A-T', 'amendment']]);
    const issuer = dossier(sourcesOf(store, 'PD'), {}, NOW);
    expect(issuer.agreements.map((a) => [a.side, a.by])).toEqual([
      ['issuer', 'signing'],
      ['issuer', 'amendment'],
    ]);
  });

  it('lists a major hazard overdue under each principal post, for the part of the period held', async () => {
    const store = await projectAll(events());
    const d = dossier(sourcesOf(store, 'X'), {}, NOW);
    expect(
      d.overdueMajorHazards.map((h) => [h.hazardId, h.heldUnitId, h.overdueSince, h.overdueUntil]),
    ).toEqual([
      ['H', 'T', cst('2025-04-01T09:00:00'), cst('2025-08-01T09:00:00')],
      ['H', 'B', cst('2025-04-01T09:00:00'), cst('2025-08-01T09:00:00')],
    ]);
    expect(d.overdueMajorHazards[0].events).toEqual([
      ...hazard.map(refOf).filter((_, i) => i !== 2),
      refOf(appointX),
    ]);
    // Read as of 2025-03-15, nothing was overdue yet (the deadline had been extended in time).
    expect(
      dossier(sourcesOf(store, 'X'), {}, cst('2025-03-15T00:00:00')).overdueMajorHazards,
    ).toEqual([]);
  });

  it('keeps to the window: from July only the department post and its incident', async () => {
    const store = await projectAll(events());
    const d = dossier(
      sourcesOf(store, 'X', [resultOfT()]),
      { from: cst('2025-07-01T00:00:00') },
      NOW,
    );
    expect(d.posts.map((p) => p.unitId)).toEqual(['B']);
    expect(d.incidents.map((i) => i.incidentId)).toEqual(['I2']);
    expect(d.agreements).toEqual([]);
    expect(d.accountabilityActions).toEqual([]);
    // The bar of the 2025 assessment: the year meets the window.
    expect(d.promotionBars.map((b) => b.unitId)).toEqual(['T']);
    expect(d.from).toBe(cst('2025-07-01T00:00:00'));
  });

  it('shows a reader scoped to the town only the town lines', async () => {
    const store = await projectAll(events());
    const d = dossier(sourcesOf(store, 'X', [resultOfT()]), {}, NOW);
    expect(unitsOfDossier(d).sort()).toEqual(['B', 'E', 'R', 'T']);
    const town = new Set(['T', 'E', 'R']);
    const scoped = scopedDossier(d, (unitId) => town.has(unitId));
    expect(scoped.posts.map((p) => p.unitId)).toEqual(['T']);
    expect(scoped.incidents.map((i) => i.incidentId)).toEqual(['I0', 'I1']);
    expect(scoped.overdueMajorHazards.map((h) => h.heldUnitId)).toEqual(['T']);
    expect(scoped.accountabilityActions.map((a) => a.actionId)).toEqual(['ACT1']);
    expect(scoped.names).toEqual(['name-X']);
    expect(JSON.stringify(scoped)).not.toContain('"B"');
  });
});

describe('dossier: a portfolio holder (分管领域)', () => {
  it('stands in the chain of incidents of the portfolio industry only', async () => {
    const store = await projectAll(events());
    const d = dossier(sourcesOf(store, 'Z'), {}, NOW);
    expect(d.posts).toEqual([
      expect.objectContaining({
        unitId: 'T',
        post: 'deputy',
        portfolioIndustries: ['construction'],
      }),
    ]);
    expect(d.incidents.map((i) => [i.incidentId, i.standings.map((s) => s.as)])).toEqual([
      ['I1', ['portfolio']],
      ['I2', ['portfolio']],
    ]);
    expect(d.incidents[0].standings[0]).toEqual({
      as: 'portfolio',
      asLabel: '分管领域负责人',
      unitId: 'T',
      unitName: '城关镇',
      post: 'deputy',
      postLabel: '其他副职',
      events: [refOf(appointZ)],
    });
    // A deputy holds no principal post: no hazard lines.
    expect(d.overdueMajorHazards).toEqual([]);
  });
});

describe('dossier: a person both liable and barred', () => {
  it('lists the incident, the liable finding, the misreporting finding and the bar, with events', async () => {
    const store = await projectAll(events());
    const sources = sourcesOf(store, 'W', [resultOfT()]);
    expect(dossierYears(sources)).toEqual([2025]);
    const d = dossier(sources, {}, NOW);
    expect(d.posts).toEqual([]);
    expect(d.incidents).toHaveLength(1);
    expect(d.incidents[0]).toMatchObject({
      incidentId: 'I1',
      grade: 'larger',
      nature: 'liability',
      standings: [
        {
          as: 'liable',
          unitId: 'E',
          unitName: '建工公司',
          post: null,
          role: '企业实际控制人',
          events: [refOf(conclusion[1])],
        },
      ],
      findings: [{ kind: 'concealed', responsiblePersonIds: ['W'], events: [refOf(concealment)] }],
    });
    expect(d.liableFindings).toEqual([
      expect.objectContaining({
        incidentId: 'I1',
        unitId: 'E',
        nature: 'liability',
        events: [refOf(conclusion[1])],
      }),
    ]);
    expect(d.misreportingFindings).toEqual([
      expect.objectContaining({
        incidentId: 'I1',
        kind: 'concealed',
        events: [refOf(concealment)],
      }),
    ]);
    expect(d.promotionBars).toEqual([
      expect.objectContaining({
        year: 2025,
        barredYear: 2026,
        unitId: 'T',
        post: null,
        personUnitId: 'E',
      }),
    ]);
    expect(d.promotionBars[0].events).toEqual([i1, refOf(conclusion[1])]);
    expect(d.accountabilityActions).toEqual([]);
  });

  it('lists the action against the barred head with its event', async () => {
    const store = await projectAll(events());
    const d = dossier(sourcesOf(store, 'X', [resultOfT()]), {}, NOW);
    expect(d.accountabilityActions).toEqual([
      expect.objectContaining({ actionId: 'ACT1', form: 'circular', events: [refOf(circular)] }),
    ]);
    expect(d.promotionBars.map((b) => [b.unitId, b.post, b.barredYear])).toEqual([
      ['T', 'principal', 2026],
    ]);
  });
});
