import {
  hazardDecider,
  type Hazard,
  type HazardEvent,
  type Inspection,
  type InspectionConducted,
  type InspectionView,
  type Report,
  reportDecider,
  type ReportEvent,
  type ReportView,
  toInspectionView,
  toReportView,
} from '../src/domain/inspections';
import type { UnitRegistered } from '../src/domain/units';
import { cstMonth, cstYear } from '../src/domain/shared/time';
import type { EventRef, Projection, ProjectedEvent, ProjectionStore } from './projection';
import { byType, refOf, writtenBy, WRITTEN_INDEX, type Written } from './projection';
import type { CourseRefs } from './shared/course-refs';
import { applyUnitRegistered, findUnitNode, UNIT_NODE_COLLECTIONS } from './shared/unit-paths';

export const HAZARDS = 'hazards';
export const INSPECTIONS = 'inspections';
export const REPORTS = 'reports';

/** One hazard: the domain state (so figures use the domain's own rules) and the events behind it. */
export interface HazardDoc extends Written {
  _id: string;
  unitId: string;
  /** The unit, then each ancestor (at identification). */
  unitPath: string[];
  unitKind: string | null;
  unitIndustry: string | null;
  level: string;
  identifiedAt: string;
  identifiedYear: number;
  identifiedMonth: string;
  /**
   * The CST years the hazard may count in: from its identification to the year its rectification
   * passed verification, or its identification year and `OPEN_FOR_GOOD` while open. A year's
   * figures read those holding the year or `OPEN_FOR_GOOD` (one index probe): its own hazards and
   * those carried over (跨年未整改), never every closed one.
   */
  yearsOpen: number[];
  deadline: string;
  status: string;
  state: Hazard;
  refs: CourseRefs & {
    identified: EventRef;
    plan: EventRef | null;
    supervision: EventRef | null;
    delisting: EventRef | null;
  };
}

export interface InspectionDoc extends Written {
  _id: string;
  inspectedUnitId: string;
  inspectingUnitId: string;
  kind: string;
  conductedAt: string;
  year: number;
  inspectors: string[];
  hazardIds: string[];
  /** The inspection as the domain holds it. */
  state: Inspection;
  ref: EventRef;
}

/** One whistleblower report: the domain state and what lists filter and sort on. */
export interface ReportDoc {
  _id: string;
  subjectUnitId: string;
  receivedAt: string;
  anonymous: boolean;
  status: 'received' | 'verified' | 'closed';
  substantiated: boolean | null;
  rewardYuan: number | null;
  hazardIds: string[];
  state: Report;
  ref: EventRef;
}

/** The inspection's view, as `GET /inspections/:id` answers it. */
export const inspectionViewOf = (doc: InspectionDoc): InspectionView => toInspectionView(doc.state);

/** The report's view, as `GET /reports/:id` answers it. */
export const reportViewOf = (doc: ReportDoc): ReportView => toReportView(doc.state);

/** In `yearsOpen` of a hazard not (yet) closed. */
export const OPEN_FOR_GOOD = 9999;

function yearsOpen(state: Hazard): number[] {
  const from = cstYear(state.identifiedAt);
  const verification = state.rectifications[state.rectifications.length - 1]?.verification;
  if (state.status !== 'verified' || !verification) return [from, OPEN_FOR_GOOD];
  const to = Math.max(from, cstYear(verification.verifiedAt));
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** What a year's figures read: its own hazards and those that may still be open in it. */
export const hazardsThatCountIn = (year: number) => ({
  yearsOpen: { $in: [year, OPEN_FOR_GOOD] },
});

const idOf = (event: ProjectedEvent, prefix: string) => event.streamId.slice(prefix.length);

function nextRefs(
  current: HazardDoc['refs'] | undefined,
  event: ProjectedEvent<HazardEvent>,
): HazardDoc['refs'] {
  const ref = refOf(event);
  const refs = current ?? {
    identified: ref,
    rectifications: [],
    verifications: [],
    extensions: [],
    plan: null,
    supervision: null,
    delisting: null,
  };
  switch (event.type) {
    case 'HazardRectified':
      return { ...refs, rectifications: [...refs.rectifications, ref] };
    case 'HazardVerified':
      return { ...refs, verifications: [...refs.verifications, ref] };
    case 'HazardDeadlineExtended':
      return { ...refs, extensions: [...refs.extensions, ref] };
    case 'HazardRectificationPlanned':
      return { ...refs, plan: ref };
    case 'HazardListedForSupervision':
      return { ...refs, supervision: ref };
    case 'HazardDelisted':
      return { ...refs, delisting: ref };
    case 'HazardIdentified':
      return refs;
  }
}

async function applyHazardEvent(
  event: ProjectedEvent<HazardEvent>,
  store: ProjectionStore,
): Promise<void> {
  const id = idOf(event, 'hazard-');
  const current = await store.get<HazardDoc>(HAZARDS, id);
  const state = hazardDecider.evolve(current?.state ?? null, event);
  if (!state) return;
  const node = current ? null : await findUnitNode(store, state.unitId);
  store.put<HazardDoc>(HAZARDS, {
    _id: id,
    unitId: state.unitId,
    unitPath: current?.unitPath ?? node?.path ?? [state.unitId],
    unitKind: current ? current.unitKind : (node?.kind ?? null),
    unitIndustry: current ? current.unitIndustry : (node?.industry ?? null),
    level: state.level,
    identifiedAt: state.identifiedAt,
    identifiedYear: cstYear(state.identifiedAt),
    identifiedMonth: cstMonth(state.identifiedAt),
    yearsOpen: yearsOpen(state),
    deadline: state.deadline,
    status: state.status,
    state,
    refs: nextRefs(current?.refs, event),
    ...writtenBy(event),
  });
}

async function applyReportEvent(
  event: ProjectedEvent<ReportEvent>,
  store: ProjectionStore,
): Promise<void> {
  const id = event.type === 'ReportReceived' ? event.data.id : idOf(event, 'report-');
  const current = await store.get<ReportDoc>(REPORTS, id);
  const state = reportDecider.evolve(current?.state ?? null, event);
  if (!state) return;
  const verification = state.verification;
  store.put<ReportDoc>(REPORTS, {
    _id: id,
    subjectUnitId: state.subjectUnitId,
    receivedAt: state.receivedAt,
    anonymous: state.anonymous,
    status: state.status,
    substantiated: verification?.substantiated ?? null,
    rewardYuan: verification?.rewardYuan ?? null,
    hazardIds: [...(verification?.hazardIds ?? [])],
    state,
    ref: current?.ref ?? refOf(event),
  });
}

function inspectionConducted(
  event: ProjectedEvent<InspectionConducted>,
  store: ProjectionStore,
): void {
  const { data } = event;
  store.put<InspectionDoc>(INSPECTIONS, {
    _id: data.id,
    inspectedUnitId: data.inspectedUnitId,
    inspectingUnitId: data.inspectingUnitId,
    kind: data.kind,
    conductedAt: data.conductedAt,
    year: cstYear(data.conductedAt),
    inspectors: data.inspectors,
    hazardIds: data.findings.map((f) => f.hazardId),
    state: data,
    ref: refOf(event),
    ...writtenBy(event),
  });
}

/** Hazards with their whole history, inspections and whistleblower reports. */
export const hazardsProjection: Projection = {
  name: 'hazards',
  version: 4,
  collections: {
    ...UNIT_NODE_COLLECTIONS,
    [HAZARDS]: {
      indexes: [
        ['unitPath'],
        ['unitId'],
        ['identifiedYear'],
        ['yearsOpen'],
        ['identifiedMonth'],
        ['identifiedAt'],
        ['level'],
        ['status'],
        WRITTEN_INDEX,
      ],
      sorts: [
        ['identifiedAt', -1],
        ['identifiedAt', 1],
      ],
    },
    [INSPECTIONS]: {
      indexes: [
        ['inspectingUnitId', 'year'],
        ['inspectedUnitId'],
        ['year'],
        ['conductedAt'],
        WRITTEN_INDEX,
      ],
      sorts: [
        ['conductedAt', -1],
        ['conductedAt', 1],
      ],
    },
    [REPORTS]: {
      indexes: [['subjectUnitId'], ['receivedAt']],
      sorts: [
        ['receivedAt', -1],
        ['receivedAt', 1],
      ],
    },
  },
  ...byType<UnitRegistered | InspectionConducted | ReportEvent | HazardEvent>({
    UnitRegistered: applyUnitRegistered,
    InspectionConducted: inspectionConducted,
    ReportReceived: applyReportEvent,
    ReportVerified: applyReportEvent,
    ReportClosed: applyReportEvent,
    HazardIdentified: applyHazardEvent,
    HazardListedForSupervision: applyHazardEvent,
    HazardRectificationPlanned: applyHazardEvent,
    HazardDeadlineExtended: applyHazardEvent,
    HazardRectified: applyHazardEvent,
    HazardVerified: applyHazardEvent,
    HazardDelisted: applyHazardEvent,
  }),
};
