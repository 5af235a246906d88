import { incidentsProjection, type IncidentDoc } from '../../../projections/incidents';
import {
  attributionConditions,
  byOccurrenceDesc,
} from '../../../projections/queries/incident-attribution';
import type { UnitDoc } from '../../../projections/units';
import { MemoryProjectionStore, project, projected } from './memory-store';

const units = () => [
  projected('unit-D', 'UnitRegistered', { id: 'D', name: '区', kind: 'district' }),
  projected('unit-T1', 'UnitRegistered', { id: 'T1', name: '一镇', kind: 'town', parentId: 'D' }),
  projected('unit-T2', 'UnitRegistered', { id: 'T2', name: '二镇', kind: 'town', parentId: 'D' }),
  projected('unit-E', 'UnitRegistered', {
    id: 'E',
    name: '企',
    kind: 'enterprise',
    parentId: 'T1',
    industry: 'construction',
  }),
];

/** 2024-12-31 17:00 UTC is 2025-01-01 01:00 in CST: assessment year 2025. */
const OCCURRED = '2024-12-31T17:00:00.000Z';

const reported = (overrides: Record<string, unknown> = {}) =>
  projected('incident-I1', 'IncidentReported', {
    id: 'I1',
    unitId: 'E',
    industry: 'construction',
    occurredAt: OCCURRED,
    reportedAt: '2024-12-31T19:00:00.000Z',
    deaths: 1,
    seriousInjuries: 0,
    directLossYuan: 1000,
    description: '坍塌',
    grade: 'general',
    late: true,
    ...overrides,
  });

const lateFinding = () =>
  projected('incident-I1', 'MisreportingFindingEstablished', {
    kind: 'late',
    establishedAt: '2024-12-31T19:00:00.000Z',
    detail: 'reported 2 hours after occurrence',
    automatic: true,
  });

const incident = (store: MemoryProjectionStore, id = 'I1') =>
  store.all<IncidentDoc>('incidents').find((doc) => doc._id === id)!;

describe('incidents projection', () => {
  it('keeps a reported incident with its place path, CST year, grade and the events behind it', async () => {
    const report = reported();
    const finding = lateFinding();
    const store = await project(incidentsProjection, [...units(), report, finding]);
    const doc = incident(store);
    expect(doc).toMatchObject({
      _id: 'I1',
      unitId: 'E',
      placePath: ['E', 'T1', 'D'],
      placeKind: 'enterprise',
      industry: 'construction',
      occurredAt: OCCURRED,
      year: 2025,
      grade: 'general',
      late: true,
      deaths: 1,
      seriousInjuries: 0,
      directLossYuan: 1000,
      findingKinds: ['late'],
    });
    expect(doc.state).toMatchObject({ id: 'I1', unitId: 'E', revisions: [], investigation: null });
    expect(doc.state.findings).toHaveLength(1);
    expect(doc.refs).toEqual({
      reported: { streamId: 'incident-I1', eventId: report.eventId },
      revisions: [],
      findings: [
        {
          kind: 'late',
          establishedAt: '2024-12-31T19:00:00.000Z',
          automatic: true,
          responsibleUnitIds: ['E'],
          responsiblePersonIds: [],
          ref: { streamId: 'incident-I1', eventId: finding.eventId },
        },
      ],
      corrections: [],
    });
  });

  it("keeps each finding's responsible units and persons, and a relay's finding past a withdrawal of the report's", async () => {
    const store = await project(incidentsProjection, [
      ...units(),
      reported(),
      lateFinding(),
      projected('incident-I1', 'IncidentRelayed', {
        unitId: 'T1',
        receivedAt: '2024-12-31T19:10:00.000Z',
        forwardedAt: '2024-12-31T22:00:00.000Z',
        late: true,
      }),
      projected('incident-I1', 'MisreportingFindingEstablished', {
        kind: 'late',
        establishedAt: '2024-12-31T22:00:00.000Z',
        detail: 'relayed by T1 170 minutes after receipt',
        automatic: true,
        responsibleUnitIds: ['T1'],
        responsiblePersonIds: [],
        relayUnitId: 'T1',
      }),
      projected('incident-I1', 'MisreportingFindingEstablished', {
        kind: 'concealed',
        establishedAt: '2025-01-05T00:00:00.000Z',
        detail: 'a death was hidden',
        automatic: false,
        responsibleUnitIds: ['E', 'T1'],
        responsiblePersonIds: ['P1'],
      }),
      projected('incident-I1', 'MisreportingFindingWithdrawn', {
        kind: 'late',
        withdrawnAt: '2025-01-06T00:00:00.000Z',
        reason: 'correction of reportedAt',
      }),
    ]);
    const doc = incident(store);
    expect(
      doc.refs.findings.map(({ kind, responsibleUnitIds, responsiblePersonIds }) => ({
        kind,
        responsibleUnitIds,
        responsiblePersonIds,
      })),
    ).toEqual([
      { kind: 'late', responsibleUnitIds: ['T1'], responsiblePersonIds: [] },
      { kind: 'concealed', responsibleUnitIds: ['E', 'T1'], responsiblePersonIds: ['P1'] },
    ]);
    expect(doc.state.relays).toHaveLength(1);
    expect(doc.findingKinds).toEqual(['late', 'concealed']);
  });

  it('re-grades on a casualty revision and keeps each revision event', async () => {
    const revision = projected('incident-I1', 'CasualtiesRevised', {
      deaths: 3,
      seriousInjuries: 0,
      directLossYuan: 1000,
      revisedAt: '2025-01-05T00:00:00.000Z',
      previousGrade: 'general',
      grade: 'larger',
      revisedAfterWindow: false,
    });
    const store = await project(incidentsProjection, [...units(), reported(), revision]);
    const doc = incident(store);
    expect(doc).toMatchObject({ grade: 'larger', deaths: 3 });
    expect(doc.state.revisions).toHaveLength(1);
    expect(doc.refs.revisions).toEqual([{ streamId: 'incident-I1', eventId: revision.eventId }]);
  });

  it('recomputes the place when a correction moves the incident, and the year when occurredAt changes', async () => {
    const store = await project(incidentsProjection, [
      ...units(),
      reported({ late: false }),
      projected('incident-I1', 'IncidentDetailsCorrected', {
        field: 'unitId',
        from: 'E',
        to: 'T2',
        reason: '地点登记错误',
        correctedAt: '2025-01-03T00:00:00.000Z',
        late: false,
      }),
      projected('incident-I1', 'IncidentDetailsCorrected', {
        field: 'occurredAt',
        from: OCCURRED,
        to: '2024-12-31T15:00:00.000Z',
        reason: '时间登记错误',
        correctedAt: '2025-01-03T00:00:00.000Z',
        late: true,
      }),
    ]);
    const doc = incident(store);
    expect(doc).toMatchObject({
      unitId: 'T2',
      placePath: ['T2', 'D'],
      placeKind: 'town',
      occurredAt: '2024-12-31T15:00:00.000Z',
      year: 2024,
      late: true,
    });
    expect(doc.refs.corrections).toHaveLength(2);
    expect(doc.state.corrections.map((c) => c.field)).toEqual(['unitId', 'occurredAt']);
  });

  it('drops a withdrawn finding and records the investigation and its conclusion', async () => {
    const concluded = projected('incident-I1', 'InvestigationConcluded', {
      concludedAt: '2025-02-01T00:00:00.000Z',
      cause: '违章作业',
      liable: [{ personId: 'P1', role: 'principal', finding: '未履行安全生产职责' }],
      measures: ['整改'],
      overdue: false,
    });
    const store = await project(incidentsProjection, [
      ...units(),
      reported(),
      lateFinding(),
      projected('incident-I1', 'MisreportingFindingWithdrawn', {
        kind: 'late',
        withdrawnAt: '2025-01-02T00:00:00.000Z',
        reason: 'correction of reportedAt',
      }),
      projected('incident-I1', 'MisreportingFindingEstablished', {
        kind: 'concealed',
        establishedAt: '2025-01-10T00:00:00.000Z',
        detail: '瞒报',
        automatic: false,
      }),
      projected('incident-I1', 'InvestigationOpened', { openedAt: '2025-01-02T00:00:00.000Z' }),
      concluded,
    ]);
    const doc = incident(store);
    expect(doc.findingKinds).toEqual(['concealed']);
    expect(doc.refs.findings.map((f) => f.kind)).toEqual(['concealed']);
    expect(doc.refs.investigation).toBeDefined();
    expect(doc.refs.conclusion).toEqual({ streamId: 'incident-I1', eventId: concluded.eventId });
    expect(doc.state.investigation?.conclusion?.liable).toEqual([
      { personId: 'P1', role: 'principal', finding: '未履行安全生产职责' },
    ]);
  });

  it('keeps an incident at a unit it does not know under its own id, and ignores events of unknown incidents', async () => {
    const store = await project(incidentsProjection, [
      reported({ id: 'I2', unitId: 'X' }),
      projected('incident-I9', 'InvestigationOpened', { openedAt: '2025-01-02T00:00:00.000Z' }),
    ]);
    expect(store.all<IncidentDoc>('incidents').map((d) => d._id)).toEqual(['I2']);
    expect(incident(store, 'I2')).toMatchObject({ placePath: ['X'], placeKind: null });
  });

  it('keeps its own copy of the unit tree', async () => {
    const store = await project(incidentsProjection, units());
    expect(store.all<{ _id: string; path: string[] }>('unit_nodes')).toContainEqual(
      expect.objectContaining({ _id: 'E', path: ['E', 'T1', 'D'] }),
    );
  });
});

describe('incident attribution', () => {
  const unit = (overrides: Partial<UnitDoc>): UnitDoc => ({
    _id: 'U',
    name: 'U',
    kind: 'town',
    parentId: 'D',
    path: ['U', 'D'],
    industry: null,
    regulatedIndustries: [],
    establishedAt: null,
    posts: [],
    personIds: [],
    statistics: {},
    lastPosition: 1,
    ref: { streamId: 'unit-U', eventId: 'e' },
    ...overrides,
  });

  it('selects by place path, and for a department also its industries in its territory', () => {
    expect(attributionConditions(unit({ _id: 'T1' }))).toEqual([{ placePath: 'T1' }]);
    expect(
      attributionConditions(
        unit({ _id: 'B', kind: 'department', regulatedIndustries: ['construction', 'fire'] }),
      ),
    ).toEqual([
      { placePath: 'B' },
      { placePath: 'D', industry: { $in: ['construction', 'fire'] } },
    ]);
  });

  it('counts only incidents from the establishment of a unit that has a date', () => {
    expect(
      attributionConditions(unit({ _id: 'T3', establishedAt: '2025-06-01T00:00:00.000Z' })),
    ).toEqual([{ placePath: 'T3', occurredAt: { $gte: '2025-06-01T00:00:00.000Z' } }]);
  });

  it('orders newest first', () => {
    const docs = [
      { _id: 'a', occurredAt: '2025-01-01T00:00:00.000Z' },
      { _id: 'b', occurredAt: '2025-03-01T00:00:00.000Z' },
    ] as IncidentDoc[];
    expect(docs.sort(byOccurrenceDesc).map((d) => d._id)).toEqual(['b', 'a']);
  });
});
