import {
  hazardsProjection,
  inspectionViewOf,
  OPEN_FOR_GOOD,
  type HazardDoc,
  type InspectionDoc,
  type ReportDoc,
  reportViewOf,
} from '../../../projections/hazards';
import type { ProjectedEvent } from '../../../projections/projection';
import type { UnitNode } from '../../../projections/shared/unit-paths';
import {
  hazardDecider,
  type HazardEvent,
  type HazardState,
  type Inspection,
  reportDecider,
  type ReportEvent,
  toInspectionView,
  toReportView,
} from '../../../src/domain/inspections';
import { fold } from '../../../src/domain/shared/decider';
import { project, projected } from './memory-store';
import { chainRegistered, registered } from './year-fixtures';

/** A CST wall-clock time as a UTC instant. */
const at = (local: string) => new Date(`${local}+08:00`).toISOString();

/** 区 D > 镇 T > 企 E (construction), and 住建局 B under D regulating construction. */
const units = () => [
  ...chainRegistered(),
  registered('B', {
    name: '住建局',
    kind: 'department',
    parentId: 'D',
    regulatedIndustries: ['construction'],
  }),
];

/** 2024-12-31 20:00 UTC is 2025-01-01 04:00 in CST: year 2025, month 2025-01. */
const NEW_YEAR_IN_CST = '2024-12-31T20:00:00.000Z';

const identified = (id: string, unitId: string, level = 'major', identifiedAt = NEW_YEAR_IN_CST) =>
  projected(`hazard-${id}`, 'HazardIdentified', {
    id,
    unitId,
    level,
    description: '深基坑无监测',
    identifiedAt,
    deadline: at('2025-01-20T09:00:00'),
    source: { inspectionId: 'INS' },
  });

/** H1's history; none of the later events carries the unit. */
const history = () => [
  identified('H1', 'E'),
  projected('hazard-H1', 'HazardListedForSupervision', {
    supervisingUnitId: 'D',
    listedAt: NEW_YEAR_IN_CST,
  }),
  projected('hazard-H1', 'HazardRectificationPlanned', {
    measures: '加装监测',
    fundsYuan: 50000,
    deadline: at('2025-01-18T09:00:00'),
    responsiblePerson: '张三',
    contingencyPlan: '撤离预案',
    plannedAt: at('2025-01-02T09:00:00'),
  }),
  projected('hazard-H1', 'HazardDeadlineExtended', {
    previousDeadline: at('2025-01-20T09:00:00'),
    deadline: at('2025-02-20T09:00:00'),
    reason: '设备未到',
    extendedAt: at('2025-01-15T09:00:00'),
  }),
  projected('hazard-H1', 'HazardRectified', { rectifiedAt: at('2025-02-01T09:00:00') }),
  projected('hazard-H1', 'HazardVerified', {
    passed: false,
    verifiedAt: at('2025-02-02T09:00:00'),
    verifier: '验收组',
    rectifiedAt: at('2025-02-01T09:00:00'),
  }),
  projected('hazard-H1', 'HazardRectified', { rectifiedAt: at('2025-02-10T09:00:00') }),
  projected('hazard-H1', 'HazardVerified', {
    passed: true,
    verifiedAt: at('2025-02-11T09:00:00'),
    verifier: '验收组',
    rectifiedAt: at('2025-02-10T09:00:00'),
  }),
  projected('hazard-H1', 'HazardDelisted', {
    supervisingUnitId: 'D',
    delistedAt: at('2025-02-11T09:00:00'),
  }),
];

const ref = (event: ProjectedEvent) => ({ streamId: event.streamId, eventId: event.eventId });

/** The domain's own fold of the same events. */
const folded = (events: ProjectedEvent[]): HazardState =>
  events.reduce<HazardState>(
    (state, e) => hazardDecider.evolve(state, { type: e.type, data: e.data } as HazardEvent),
    null,
  );

describe('hazards projection', () => {
  it('keeps the years a hazard may count in: to its closing year, or open for good', async () => {
    const open = identified('H2', 'E', 'general', '2023-05-01T00:00:00.000Z');
    const closedLater = [
      identified('H3', 'E', 'general', '2023-05-01T00:00:00.000Z'),
      projected('hazard-H3', 'HazardRectified', { rectifiedAt: '2024-12-31T15:00:00.000Z' }),
      projected('hazard-H3', 'HazardVerified', {
        passed: true,
        verifiedAt: '2024-12-31T16:00:00.000Z',
        verifier: '验收组',
        rectifiedAt: '2024-12-31T15:00:00.000Z',
      }),
    ];
    const store = await project(hazardsProjection, [...units(), open, ...closedLater]);
    const years = Object.fromEntries(
      store.all<HazardDoc>('hazards').map((h) => [h._id, h.yearsOpen]),
    );
    expect(years).toEqual({ H2: [2023, OPEN_FOR_GOOD], H3: [2023, 2024, 2025] });
  });

  it('keeps its own unit tree with paths to the root', async () => {
    const store = await project(hazardsProjection, units());
    const nodes = store.all<UnitNode>('unit_nodes');
    expect(Object.fromEntries(nodes.map((n) => [n._id, n.path]))).toEqual({
      D: ['D'],
      T: ['T', 'D'],
      E: ['E', 'T', 'D'],
      B: ['B', 'D'],
    });
  });

  it('builds one document per hazard with the unit at identification, CST periods and the domain state', async () => {
    const events = history();
    const store = await project(hazardsProjection, [...units(), ...events]);
    const [doc] = store.all<HazardDoc>('hazards');
    expect(store.all('hazards')).toHaveLength(1);
    expect(doc).toMatchObject({
      _id: 'H1',
      unitId: 'E',
      unitPath: ['E', 'T', 'D'],
      unitKind: 'enterprise',
      unitIndustry: 'construction',
      level: 'major',
      identifiedAt: NEW_YEAR_IN_CST,
      identifiedYear: 2025,
      identifiedMonth: '2025-01',
      yearsOpen: [2025],
      deadline: at('2025-02-20T09:00:00'),
      status: 'verified',
    });
    expect(doc.state).toEqual(folded(events));
    expect(doc.state.supervision?.delistedAt).toBe(at('2025-02-11T09:00:00'));
    expect(doc.state.rectifications.map((r) => r.verification?.passed)).toEqual([false, true]);
    expect(doc.refs).toEqual({
      identified: ref(events[0]),
      supervision: ref(events[1]),
      plan: ref(events[2]),
      extensions: [ref(events[3])],
      rectifications: [ref(events[4]), ref(events[6])],
      verifications: [ref(events[5]), ref(events[7])],
      delisting: ref(events[8]),
    });
    // JSON-plain: survives a JSON round trip unchanged.
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('follows the status through rectification and a failed verification', async () => {
    const events = history();
    const statusAfter = async (n: number) =>
      (await project(hazardsProjection, [...units(), ...events.slice(0, n)])).all<HazardDoc>(
        'hazards',
      )[0].status;
    expect(await statusAfter(1)).toBe('identified');
    expect(await statusAfter(5)).toBe('rectified');
    expect(await statusAfter(6)).toBe('identified');
    expect(await statusAfter(7)).toBe('rectified');
    expect(await statusAfter(8)).toBe('verified');
  });

  it('falls back to the unit alone when its node is unknown, and keeps the path of identification', async () => {
    const store = await project(hazardsProjection, [
      identified('H9', 'X', 'general'),
      projected('unit-X', 'UnitRegistered', {
        id: 'X',
        name: '后登记',
        kind: 'enterprise',
        industry: 'fire',
      }),
      projected('hazard-H9', 'HazardRectified', { rectifiedAt: at('2025-01-05T09:00:00') }),
    ]);
    expect(store.all<HazardDoc>('hazards')[0]).toMatchObject({
      unitPath: ['X'],
      unitKind: null,
      unitIndustry: null,
      status: 'rectified',
    });
  });

  it('ignores the later events of a hazard it never saw identified', async () => {
    const store = await project(hazardsProjection, [
      projected('hazard-H7', 'HazardRectified', { rectifiedAt: at('2025-01-05T09:00:00') }),
    ]);
    expect(store.all('hazards')).toEqual([]);
  });

  it('records inspections with the CST year and the hazards found', async () => {
    const event = projected('inspection-INS', 'InspectionConducted', {
      id: 'INS',
      inspectedUnitId: 'E',
      inspectingUnitId: 'B',
      kind: 'special',
      conductedAt: NEW_YEAR_IN_CST,
      inspectors: ['甲', '乙'],
      findings: [
        { hazardId: 'H1', level: 'major', description: 'a', deadline: at('2025-01-20T09:00:00') },
        { hazardId: 'H2', level: 'general', description: 'b', deadline: at('2025-01-20T09:00:00') },
      ],
    });
    const store = await project(hazardsProjection, [event]);
    expect(store.all<InspectionDoc>('inspections')).toEqual([
      {
        _id: 'INS',
        inspectedUnitId: 'E',
        inspectingUnitId: 'B',
        kind: 'special',
        conductedAt: NEW_YEAR_IN_CST,
        year: 2025,
        inspectors: ['甲', '乙'],
        hazardIds: ['H1', 'H2'],
        state: event.data,
        ref: ref(event),
        lastPosition: event.position,
      },
    ]);
    const [doc] = store.all<InspectionDoc>('inspections');
    expect(inspectionViewOf(doc)).toEqual(toInspectionView(event.data as Inspection));
  });

  it('follows a whistleblower report from receipt to closing', async () => {
    const received = projected('report-R1', 'ReportReceived', {
      id: 'R1',
      subjectUnitId: 'E',
      receivedAt: at('2025-03-01T09:00:00'),
      content: '夜间违规施工',
      anonymous: true,
    });
    const verified = projected('report-R1', 'ReportVerified', {
      substantiated: true,
      verifiedAt: at('2025-03-05T09:00:00'),
      hazardIds: ['H1'],
      rewardYuan: 2000,
    });
    const closed = projected('report-R1', 'ReportClosed', { closedAt: at('2025-03-06T09:00:00') });
    const state = (events: ProjectedEvent[]) => fold(reportDecider, events as ReportEvent[]);
    const expected = {
      _id: 'R1',
      subjectUnitId: 'E',
      receivedAt: at('2025-03-01T09:00:00'),
      anonymous: true,
      status: 'received',
      substantiated: null,
      rewardYuan: null,
      hazardIds: [],
      state: state([received]),
      ref: ref(received),
    };
    expect((await project(hazardsProjection, [received])).all<ReportDoc>('reports')).toEqual([
      expected,
    ]);
    const after = (await project(hazardsProjection, [received, verified])).all<ReportDoc>(
      'reports',
    );
    expect(after).toEqual([
      {
        ...expected,
        status: 'verified',
        substantiated: true,
        rewardYuan: 2000,
        hazardIds: ['H1'],
        state: state([received, verified]),
      },
    ]);
    const all = [received, verified, closed];
    const final = (await project(hazardsProjection, all)).all<ReportDoc>('reports');
    expect(final[0]).toMatchObject({ status: 'closed', substantiated: true, rewardYuan: 2000 });
    expect(reportViewOf(final[0])).toEqual(toReportView(state(all)!));
    // A verification of a report never received changes nothing.
    expect((await project(hazardsProjection, [verified])).all('reports')).toEqual([]);
  });

  it('builds the same documents when replayed', async () => {
    const events = [...units(), ...history()];
    const once = await project(hazardsProjection, events);
    const again = await project(hazardsProjection, events);
    expect(again.all('hazards')).toEqual(once.all('hazards'));
    expect(again.all('unit_nodes')).toEqual(once.all('unit_nodes'));
  });
});
