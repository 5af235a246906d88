import { agreementsProjection, type AgreementDoc } from '../../../projections/agreements';
import { enforcementProjection, type ActionDoc } from '../../../projections/enforcement';
import { hazardsProjection, type HazardDoc } from '../../../projections/hazards';
import { incidentsProjection, type IncidentDoc } from '../../../projections/incidents';
import { personsProjection, type PersonDoc } from '../../../projections/persons';
import type { ProjectedEvent } from '../../../projections/projection';
import type { DossierSources } from '../../../projections/queries/dossier';
import { unitsProjection, type UnitDoc } from '../../../projections/units';
import type { AssessmentResult } from '../../../src/domain/assessment/result';
import { MemoryProjectionStore, projected } from './memory-store';
import { appointed, ended, registered } from './year-fixtures';

/** A CST wall-clock time as a UTC instant. */
export const cst = (local: string) => new Date(`${local}+08:00`).toISOString();

/**
 * 区 D > 镇 T > 建筑企业 E (construction) and 运输企业 R (road_traffic); 住建局 B under D regulates
 * construction. X is T's principal until 2025-07-01, then B's. Y follows X in T. Z is T's deputy
 * with the construction portfolio. W holds no post: the investigation of I1 finds W liable.
 */
export const WORLD = () => [
  registered('D', { name: '示范区', kind: 'district' }),
  registered('T', { name: '城关镇', kind: 'town', parentId: 'D' }),
  registered('B', {
    name: '住建局',
    kind: 'department',
    parentId: 'D',
    regulatedIndustries: ['construction'],
  }),
  registered('E', {
    name: '建工公司',
    kind: 'enterprise',
    parentId: 'T',
    industry: 'construction',
  }),
  registered('R', {
    name: '运输公司',
    kind: 'enterprise',
    parentId: 'T',
    industry: 'road_traffic',
  }),
  appointed('D', 'PD', 'principal', cst('2024-01-01T00:00:00')),
  appointed('T', 'X', 'principal', cst('2024-01-01T00:00:00')),
  ended('T', 'X', 'principal', cst('2024-01-01T00:00:00'), cst('2025-07-01T00:00:00')),
  appointed('T', 'Y', 'principal', cst('2025-07-01T00:00:00')),
  appointed('B', 'X', 'principal', cst('2025-07-01T00:00:00')),
  appointed('T', 'Z', 'deputy', cst('2024-01-01T00:00:00'), ['construction']),
];

/** A principal signing for `unitId`, named as `appointed` names persons. */
const principal = (personId: string, unitId: string) => ({
  personId,
  post: 'principal',
  unitId,
  personName: `name-${personId}`,
});

export const agreementSigned = () =>
  projected('agreement-A-T', 'AgreementSigned', {
    id: 'A-T',
    year: 2025,
    issuerUnitId: 'D',
    responsibleUnitId: 'T',
    signedAt: cst('2025-01-10T10:00:00'),
    signatories: [principal('PD', 'D'), principal('X', 'T')],
    controlIndicators: {},
    tasks: [{ code: 'K1', title: '任务', weight: 60 }],
  });

export const agreementAmended = () =>
  projected('agreement-A-T', 'AgreementAmended', {
    id: 'A-T',
    year: 2025,
    responsibleUnitId: 'T',
    reason: '主要负责人调整',
    amendedAt: cst('2025-07-05T10:00:00'),
    signatories: [principal('PD', 'D'), principal('Y', 'T')],
  });

export const reported = (id: string, unitId: string, industry: string, occurred: string) =>
  projected(`incident-${id}`, 'IncidentReported', {
    id,
    unitId,
    industry,
    occurredAt: cst(occurred),
    reportedAt: cst(occurred),
    deaths: 3,
    seriousInjuries: 0,
    directLossYuan: 100_000,
    description: '坍塌',
    grade: 'larger',
    late: false,
  });

export const concluded = (id: string, liable: object[]) => [
  projected(`incident-${id}`, 'InvestigationOpened', { openedAt: cst('2025-03-02T09:00:00') }),
  projected(`incident-${id}`, 'InvestigationConcluded', {
    concludedAt: cst('2025-04-20T09:00:00'),
    cause: '违规作业',
    liable,
    measures: ['整改'],
    overdue: false,
    nature: 'liability',
  }),
];

export const finding = (id: string, personIds: string[], established: string) =>
  projected(`incident-${id}`, 'MisreportingFindingEstablished', {
    kind: 'concealed',
    establishedAt: cst(established),
    detail: '瞒报',
    automatic: false,
    responsibleUnitIds: ['E'],
    responsiblePersonIds: personIds,
  });

export const action = (id: string, personId: string, unitId: string, decided: string) =>
  projected(`accountability-${id}`, 'AccountabilityActionDecided', {
    id,
    targetPersonId: personId,
    targetUnitId: unitId,
    form: 'circular',
    decidingUnitId: 'D',
    decidedAt: cst(decided),
    reason: '发生较大事故',
  });

/** A major hazard of E: deadline 03-01, extended (in time) to 04-01, verified passed 08-01. */
export const majorHazard = () => [
  projected('hazard-H', 'HazardIdentified', {
    id: 'H',
    unitId: 'E',
    level: 'major',
    description: '深基坑无监测',
    identifiedAt: cst('2025-02-01T09:00:00'),
    deadline: cst('2025-03-01T09:00:00'),
  }),
  projected('hazard-H', 'HazardDeadlineExtended', {
    previousDeadline: cst('2025-03-01T09:00:00'),
    deadline: cst('2025-04-01T09:00:00'),
    reason: '设备未到',
    extendedAt: cst('2025-02-20T09:00:00'),
    backdated: false,
  }),
  projected('hazard-H', 'HazardRectified', { rectifiedAt: cst('2025-07-30T09:00:00') }),
  projected('hazard-H', 'HazardVerified', {
    passed: true,
    verifiedAt: cst('2025-08-01T09:00:00'),
    verifier: '专家组',
    rectifiedAt: cst('2025-07-30T09:00:00'),
  }),
];

const PROJECTIONS = [
  unitsProjection,
  personsProjection,
  agreementsProjection,
  incidentsProjection,
  enforcementProjection,
  hazardsProjection,
];

/** Every projection the dossier reads, over the events, into one store. */
export async function projectAll(events: ProjectedEvent[]): Promise<MemoryProjectionStore> {
  const store = new MemoryProjectionStore();
  for (const event of events) {
    for (const projection of PROJECTIONS) {
      if (projection.handles.has(event.type)) await projection.apply(event, store);
    }
  }
  return store;
}

/** The dossier's sources for a person from the store, with the results given. */
export function sourcesOf(
  store: MemoryProjectionStore,
  personId: string,
  results: AssessmentResult[] = [],
): DossierSources {
  return {
    person: store.all<PersonDoc>('persons').find((p) => p._id === personId)!,
    units: store.all<UnitDoc>('units'),
    agreements: store.all<AgreementDoc>('agreements'),
    incidents: store.all<IncidentDoc>('incidents'),
    actions: store.all<ActionDoc>('actions'),
    hazards: store.all<HazardDoc>('hazards'),
    results,
  };
}

export const refOf = (event: ProjectedEvent) => ({
  streamId: event.streamId,
  eventId: event.eventId,
});
