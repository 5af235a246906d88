import { incidentsProjection, type IncidentDoc } from '../../../projections/incidents';
import { buildFacts } from '../../../projections/queries/assessment-facts';
import { YearIndex } from '../../../projections/queries/year-index';
import type { UnitDoc } from '../../../projections/units';
import { assess } from '../../../src/domain/assessment/assess';
import { DEFAULT_SCHEME } from '../../../src/domain/assessment/scheme';
import { MemoryProjectionStore, project, projected } from './memory-store';
import { incidentReported, unitDoc, yearData } from './year-fixtures';

const ref = { streamId: 's', eventId: 'e', position: 1, type: 'T', recordedAt: '2025-01-01' };

const unit = (id: string, path: string[], kind = 'enterprise'): UnitDoc =>
  unitDoc(id, path, {
    kind,
    industry: kind === 'enterprise' ? 'construction' : null,
    ref: ref as never,
  });

const OCCURRED = '2025-03-01T02:00:00.000Z';

const history = (...tail: ReturnType<typeof projected>[]) => [
  projected('unit-T', 'UnitRegistered', { id: 'T', name: 'T', kind: 'town' }),
  projected('unit-E', 'UnitRegistered', {
    id: 'E',
    name: 'E',
    kind: 'enterprise',
    parentId: 'T',
    industry: 'construction',
  }),
  incidentReported('I1', {
    occurredAt: OCCURRED,
    reportedAt: '2025-03-01T04:00:00.000Z',
    deaths: 3,
    grade: 'larger',
    late: true,
  }),
  projected('incident-I1', 'MisreportingFindingEstablished', {
    kind: 'late',
    establishedAt: '2025-03-01T04:00:00.000Z',
    detail: 'reported 120 minutes after occurrence',
    automatic: true,
  }),
  ...tail,
];

/** A death hidden at I1, established by investigation against the units and persons it names. */
const concealment = (responsibleUnitIds: string[], responsiblePersonIds: string[] = []) =>
  projected('incident-I1', 'MisreportingFindingEstablished', {
    kind: 'concealed',
    establishedAt: '2025-03-05T00:00:00.000Z',
    detail: 'a death was hidden',
    automatic: false,
    responsibleUnitIds,
    responsiblePersonIds,
  });

async function factsOf(events: ReturnType<typeof projected>[], unitId = 'T') {
  const store: MemoryProjectionStore = await project(incidentsProjection, events);
  const incidents = store.all<IncidentDoc>('incidents');
  const index = new YearIndex(
    yearData({
      units: [unit('T', ['T'], 'town'), unit('E', ['E', 'T']), unit('X', ['X'], 'town')],
      incidents,
    }),
  );
  return buildFacts(index, unitId);
}

describe('assessment facts of incidents', () => {
  it('an incident not concluded is pending; a finding without its own names the place', async () => {
    const facts = await factsOf(history());
    expect(facts.incidents.map((i) => i.nature)).toEqual(['pending']);
    expect(facts.misreportingFindings).toEqual([
      expect.objectContaining({ responsibleUnitIds: ['E'], responsiblePersonIds: [] }),
    ]);
  });

  it('an automatic late finding rests on the applied corrections of the incident, another on none', async () => {
    const corrected = projected('incident-I1', 'IncidentDetailsCorrected', {
      field: 'reportedAt',
      from: '2025-03-01T02:30:00.000Z',
      to: '2025-03-01T04:00:00.000Z',
      reason: '接报记录有误',
      correctedAt: '2025-03-02T00:00:00.000Z',
      late: true,
      correctionId: 'C1',
      proposedBy: 'office-a',
      approvedBy: 'office-b',
    });
    const correction = { streamId: corrected.streamId, eventId: corrected.eventId };
    const facts = await factsOf(history(corrected, concealment(['E'])), 'E');
    const [late, concealed] = facts.misreportingFindings;
    expect(late.corrections).toEqual([correction]);
    expect(concealed.corrections).toBeUndefined();
    const result = assess(
      DEFAULT_SCHEME,
      { ...facts, agreement: null },
      '2026-02-01T00:00:00.000Z',
    );
    const lateItem = result.items.find((i) => i.label.startsWith('迟报'));
    expect(lateItem?.events).toEqual([late.event, correction]);
    expect(result.vetoReasons.find((v) => v.rule === 'misreporting:late')?.events).toEqual([
      late.event,
      correction,
    ]);
  });

  it("takes the conclusion's nature and each finding's own responsible units and persons", async () => {
    const facts = await factsOf(
      history(
        concealment(['E', 'T'], ['P1']),
        projected('incident-I1', 'InvestigationOpened', { openedAt: '2025-03-02T00:00:00.000Z' }),
        projected('incident-I1', 'InvestigationConcluded', {
          concludedAt: '2025-04-01T00:00:00.000Z',
          cause: 'storm',
          liable: [],
          measures: ['drainage'],
          overdue: false,
          nature: 'natural_disaster',
        }),
      ),
    );
    expect(facts.incidents.map((i) => i.nature)).toEqual(['natural_disaster']);
    expect(
      facts.misreportingFindings.map((f) => [f.kind, f.responsibleUnitIds, f.responsiblePersonIds]),
    ).toEqual([
      ['late', ['E'], []],
      ['concealed', ['E', 'T'], ['P1']],
    ]);
  });

  it('gives a unit off the chain the findings naming it, and nothing else of the incident', async () => {
    const named = concealment(['X']);
    const facts = await factsOf(history(named), 'X');
    expect(facts.incidents).toEqual([]);
    expect(facts.misreportingFindings.map((f) => [f.kind, f.incident.id])).toEqual([
      ['concealed', 'I1'],
    ]);
    expect((await factsOf(history(), 'X')).misreportingFindings).toEqual([]);
    const onChain = await factsOf(history(named), 'T');
    expect(onChain.misreportingFindings.map((f) => f.kind)).toEqual(['late', 'concealed']);
  });

  it('names the persons the finding and the investigation name, with their posts in any unit', async () => {
    const post = {
      personId: 'P1',
      personName: '周经理',
      post: 'principal',
      from: '2024-01-01T00:00:00.000Z',
      to: null,
      portfolioIndustries: [],
      ref: ref as never,
      endRef: null,
    };
    const store = await project(
      incidentsProjection,
      history(
        concealment(['T'], ['P1', 'P-unknown']),
        projected('incident-I1', 'InvestigationOpened', { openedAt: '2025-03-02T00:00:00.000Z' }),
        projected('incident-I1', 'InvestigationConcluded', {
          concludedAt: '2025-04-01T00:00:00.000Z',
          cause: 'collapse',
          liable: [{ personId: 'P2', unitId: 'E', role: '现场负责人', finding: '违章指挥' }],
          measures: ['shoring'],
          overdue: false,
          nature: 'liability',
        }),
      ),
    );
    const enterprise = {
      ...unit('E', ['E', 'T']),
      name: '城关建材公司',
      posts: [post],
      personIds: ['P1'],
    };
    const index = new YearIndex(
      yearData({
        units: [unit('T', ['T'], 'town'), enterprise],
        incidents: store.all<IncidentDoc>('incidents'),
      }),
    );
    const { value: facts, reads } = index.trace(() => buildFacts(index, 'T'));
    expect(facts.persons).toEqual([
      {
        personId: 'P1',
        personName: '周经理',
        posts: [
          {
            unitId: 'E',
            unitName: '城关建材公司',
            post: 'principal',
            from: '2024-01-01T00:00:00.000Z',
            to: null,
          },
        ],
      },
    ]);
    expect(facts.unitNames).toEqual({ E: '城关建材公司' });
    // P1 appointed in another unit changes the facts: the read of P1's units is traced.
    const other = { ...unit('F', ['F', 'T']), posts: [post], personIds: ['P1'] };
    const changed = index.replace('units', 'F', other);
    expect(changed.some((key) => reads.has(key))).toBe(true);
  });
});

describe('attribution at occurredAt: units established later do not answer (DOMAIN "Attribution")', () => {
  // I1 (larger, construction) occurred at E in T on 2025-03-01T02:00Z.
  const department = (establishedAt: string | null) =>
    unitDoc('B', ['B', 'T'], {
      kind: 'department',
      regulatedIndustries: ['construction'],
      establishedAt,
    });
  const town = (establishedAt: string | null) =>
    unitDoc('T', ['T'], { kind: 'town', establishedAt });

  async function factsFor(units: UnitDoc[], unitId: string) {
    const store = await project(incidentsProjection, history());
    const index = new YearIndex(
      yearData({ units, incidents: store.all<IncidentDoc>('incidents') }),
    );
    return buildFacts(index, unitId);
  }

  it('leaves out of a department established after it the incident and its findings', async () => {
    const facts = await factsFor(
      [town(null), unit('E', ['E', 'T']), department('2025-06-01T00:00:00.000Z')],
      'B',
    );
    expect(facts.incidents).toEqual([]);
    expect(facts.misreportingFindings).toEqual([]);
  });

  it('leaves it out of a territorial ancestor established after it', async () => {
    const facts = await factsFor([town('2025-03-01T02:00:00.001Z'), unit('E', ['E', 'T'])], 'T');
    expect(facts.incidents).toEqual([]);
    expect(facts.misreportingFindings).toEqual([]);
  });

  it('attributes it to a unit established at or before its occurrence, or without a date', async () => {
    for (const establishedAt of [null, OCCURRED, '2020-01-01T00:00:00.000Z']) {
      const facts = await factsFor(
        [town(establishedAt), unit('E', ['E', 'T']), department(establishedAt)],
        'B',
      );
      expect(facts.incidents.map((i) => i.id)).toEqual(['I1']);
      const onTown = await factsFor([town(establishedAt), unit('E', ['E', 'T'])], 'T');
      expect(onTown.incidents.map((i) => i.id)).toEqual(['I1']);
      expect(onTown.misreportingFindings.map((f) => f.kind)).toEqual(['late']);
    }
  });

  it('still gives a unit established later the findings that name it', async () => {
    const facts = await factsFor(
      [town(null), unit('E', ['E', 'T']), department('2025-06-01T00:00:00.000Z')],
      'B',
    );
    expect(facts.misreportingFindings).toEqual([]);
    const store = await project(incidentsProjection, history(concealment(['B'])));
    const index = new YearIndex(
      yearData({
        units: [town(null), unit('E', ['E', 'T']), department('2025-06-01T00:00:00.000Z')],
        incidents: store.all<IncidentDoc>('incidents'),
      }),
    );
    expect(buildFacts(index, 'B').misreportingFindings.map((f) => f.kind)).toEqual(['concealed']);
  });
});
