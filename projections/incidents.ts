import {
  correctionStepOf,
  correctionTrails,
  type CorrectionStep,
  followsOldPlaceCorrection,
  incidentDecider,
  isAutomaticLateReportFinding,
  isReportFinding,
  type Incident,
  type IncidentEvent,
  type IncidentGrade,
  type IncidentView,
  type MisreportingKind,
  toIncidentView,
} from '../src/domain/incidents';
import type { UnitRegistered } from '../src/domain/units';
import { cstYear } from '../src/domain/shared/time';
import type { EventRef, Projection, ProjectedEvent, ProjectionStore } from './projection';
import { byType, refOf, writtenBy, WRITTEN_INDEX, type Written } from './projection';
import { applyUnitRegistered, findUnitNode, UNIT_NODE_COLLECTIONS } from './shared/unit-paths';

export const INCIDENTS = 'incidents';

export interface FindingRef {
  kind: MisreportingKind;
  establishedAt: string;
  automatic: boolean;
  responsibleUnitIds: string[];
  responsiblePersonIds: string[];
  /** The relaying unit, for the finding of a late relay. */
  relayUnitId?: string;
  ref: EventRef;
}

export interface IncidentRefs {
  reported: EventRef;
  revisions: EventRef[];
  /** The findings in force (a withdrawn finding leaves this list, as in the domain state). */
  findings: FindingRef[];
  corrections: EventRef[];
  investigation?: EventRef;
  conclusion?: EventRef;
}

/** One incident as the read side sees it: the domain state plus what queries filter and sort on. */
export interface IncidentDoc extends Written {
  _id: string;
  unitId: string;
  /** The place, then each ancestor up to the root (at report time; again after a unitId correction). */
  placePath: string[];
  /** The place's unit kind, null when the place was unknown to this projection. */
  placeKind: string | null;
  industry: string;
  occurredAt: string;
  /** The assessment year: calendar year of `occurredAt` in CST. */
  year: number;
  grade: IncidentGrade;
  late: boolean;
  deaths: number;
  seriousInjuries: number;
  directLossYuan: number;
  /** Kinds of the findings in force, to find `false`/`concealed` reports by index. */
  findingKinds: MisreportingKind[];
  state: Incident;
  refs: IncidentRefs;
  /** The correction events (proposals, approvals, rejections) in the order recorded. */
  correctionSteps: CorrectionStep[];
}

/** The incident's view at `referenceIso`, as `GET /incidents/:id` answers it. */
export const incidentViewOf = (doc: IncidentDoc, referenceIso: string): IncidentView =>
  toIncidentView(doc.state, referenceIso, correctionTrails(doc.correctionSteps));

const STREAM_PREFIX = 'incident-';

const incidentIdOf = (event: ProjectedEvent<IncidentEvent>): string =>
  event.type === 'IncidentReported'
    ? event.data.id
    : event.streamId.startsWith(STREAM_PREFIX)
      ? event.streamId.slice(STREAM_PREFIX.length)
      : event.streamId;

async function placeOf(
  unitId: string,
  store: ProjectionStore,
): Promise<{ placePath: string[]; placeKind: string | null }> {
  const node = await findUnitNode(store, unitId);
  return node
    ? { placePath: node.path, placeKind: node.kind }
    : { placePath: [unitId], placeKind: null };
}

function nextRefs(
  current: IncidentRefs | undefined,
  event: ProjectedEvent<IncidentEvent>,
  state: Incident,
): IncidentRefs {
  const ref = refOf(event);
  const refs: IncidentRefs = current ?? {
    reported: ref,
    revisions: [],
    findings: [],
    corrections: [],
  };
  switch (event.type) {
    case 'CasualtiesRevised':
      return { ...refs, revisions: [...refs.revisions, ref] };
    case 'MisreportingFindingEstablished':
      return { ...refs, findings: [...refs.findings, findingRef(state, ref)] };
    case 'MisreportingFindingWithdrawn':
      return {
        ...refs,
        findings: refs.findings.filter((f) => f.kind !== event.data.kind || !isReportFinding(f)),
      };
    case 'InvestigationOpened':
      return { ...refs, investigation: ref };
    case 'InvestigationConcluded':
      return { ...refs, conclusion: ref };
    case 'IncidentDetailsCorrected':
      return {
        ...refs,
        corrections: [...refs.corrections, ref],
        ...(followsOldPlaceCorrection(event.data) && {
          findings: refs.findings.map((f) =>
            isAutomaticLateReportFinding(f) ? { ...f, responsibleUnitIds: [state.unitId] } : f,
          ),
        }),
      };
    default:
      return refs;
  }
}

/** The finding just established, as the domain state holds it (responsible parties resolved). */
function findingRef(state: Incident, ref: EventRef): FindingRef {
  const finding = state.findings[state.findings.length - 1];
  return {
    kind: finding.kind,
    establishedAt: finding.establishedAt,
    automatic: finding.automatic,
    responsibleUnitIds: [...finding.responsibleUnitIds],
    responsiblePersonIds: [...finding.responsiblePersonIds],
    ...(finding.relayUnitId !== undefined && { relayUnitId: finding.relayUnitId }),
    ref,
  };
}

async function applyIncidentEvent(
  event: ProjectedEvent<IncidentEvent>,
  store: ProjectionStore,
): Promise<void> {
  const id = incidentIdOf(event);
  const current = await store.get<IncidentDoc>(INCIDENTS, id);
  const state = incidentDecider.evolve(current?.state ?? null, event);
  if (!state) return;
  const step = correctionStepOf({ type: event.type, data: event.data, ref: refOf(event) });
  const place =
    current && current.unitId === state.unitId
      ? { placePath: current.placePath, placeKind: current.placeKind }
      : await placeOf(state.unitId, store);
  store.put<IncidentDoc>(INCIDENTS, {
    _id: id,
    unitId: state.unitId,
    ...place,
    industry: state.industry,
    occurredAt: state.occurredAt,
    year: cstYear(state.occurredAt),
    grade: state.grade,
    late: state.late,
    deaths: state.deaths,
    seriousInjuries: state.seriousInjuries,
    directLossYuan: state.directLossYuan,
    findingKinds: [...new Set(state.findings.map((f) => f.kind))],
    state,
    refs: nextRefs(current?.refs, event, state),
    correctionSteps: [...(current?.correctionSteps ?? []), ...(step ? [step] : [])],
    ...writtenBy(event),
  });
}

/** Incidents with their place in the unit tree, grade, assessment year and the events behind them. */
export const incidentsProjection: Projection = {
  name: 'incidents',
  version: 6,
  collections: {
    ...UNIT_NODE_COLLECTIONS,
    [INCIDENTS]: {
      indexes: [
        ['placePath'],
        ['year'],
        ['grade'],
        ['industry'],
        ['unitId'],
        ['placeKind'],
        ['findingKinds'],
        ['occurredAt'],
        WRITTEN_INDEX,
      ],
      sorts: [
        ['occurredAt', -1],
        ['occurredAt', 1],
      ],
    },
  },
  ...byType<UnitRegistered | IncidentEvent>({
    UnitRegistered: applyUnitRegistered,
    IncidentReported: applyIncidentEvent,
    CasualtiesRevised: applyIncidentEvent,
    MisreportingFindingEstablished: applyIncidentEvent,
    MisreportingFindingWithdrawn: applyIncidentEvent,
    InvestigationOpened: applyIncidentEvent,
    InvestigationExtended: applyIncidentEvent,
    InvestigationConcluded: applyIncidentEvent,
    IncidentDetailsCorrected: applyIncidentEvent,
    IncidentRelayed: applyIncidentEvent,
    IncidentCorrectionProposed: applyIncidentEvent,
    IncidentCorrectionRejected: applyIncidentEvent,
  }),
};
