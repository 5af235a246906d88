import { incidentsProjection, type IncidentDoc } from '../../../projections/incidents';
import { buildFacts } from '../../../projections/queries/assessment-facts';
import { YearIndex } from '../../../projections/queries/year-index';
import type { UnitDoc } from '../../../projections/units';
import { MemoryProjectionStore, project, projected } from './memory-store';

const ref = { streamId: 's', eventId: 'e', position: 1, type: 'T', recordedAt: '2025-01-01' };

const unit = (id: string, path: string[], kind = 'enterprise'): UnitDoc => ({
  _id: id,
  name: id,
  kind,
  parentId: path[1] ?? null,
  path,
  industry: kind === 'enterprise' ? 'construction' : null,
  regulatedIndustries: [],
  establishedAt: null,
  posts: [],
  personIds: [],
  statistics: {},
  lastPosition: 1,
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
  projected('incident-I1', 'IncidentReported', {
    id: 'I1',
    unitId: 'E',
    industry: 'construction',
    occurredAt: OCCURRED,
    reportedAt: '2025-03-01T04:00:00.000Z',
    deaths: 3,
    seriousInjuries: 0,
    directLossYuan: 0,
    description: 'collapse',
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

async function factsOf(events: ReturnType<typeof projected>[], unitId = 'T') {
  const store: MemoryProjectionStore = await project(incidentsProjection, events);
  const incidents = store.all<IncidentDoc>('incidents');
  const index = new YearIndex({
    year: 2025,
    units: [unit('T', ['T'], 'town'), unit('E', ['E', 'T']), unit('X', ['X'], 'town')],
    agreements: [],
    taskScores: [],
    commendations: [],
    finalization: null,
    incidents,
    hazards: [],
    penalties: [],
    inspections: [],
    actions: [],
  });
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

  it("takes the conclusion's nature and each finding's own responsible units and persons", async () => {
    const facts = await factsOf(
      history(
        projected('incident-I1', 'MisreportingFindingEstablished', {
          kind: 'concealed',
          establishedAt: '2025-03-05T00:00:00.000Z',
          detail: 'a death was hidden',
          automatic: false,
          responsibleUnitIds: ['E', 'T'],
          responsiblePersonIds: ['P1'],
        }),
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
    const named = projected('incident-I1', 'MisreportingFindingEstablished', {
      kind: 'concealed',
      establishedAt: '2025-03-05T00:00:00.000Z',
      detail: 'a death was hidden',
      automatic: false,
      responsibleUnitIds: ['X'],
      responsiblePersonIds: [],
    });
    const facts = await factsOf(history(named), 'X');
    expect(facts.incidents).toEqual([]);
    expect(facts.misreportingFindings.map((f) => [f.kind, f.incident.id])).toEqual([
      ['concealed', 'I1'],
    ]);
    expect((await factsOf(history(), 'X')).misreportingFindings).toEqual([]);
    const onChain = await factsOf(history(named), 'T');
    expect(onChain.misreportingFindings.map((f) => f.kind)).toEqual(['late', 'concealed']);
  });
});
