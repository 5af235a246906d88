import {
  orderStatus,
  type Patrol,
  type PatrolLaunched,
  problemDecider,
  type Problem,
  type ProblemEvent,
  supervisionOrderDecider,
  type SupervisionOrder,
  type SupervisionOrderEvent,
} from '../src/domain/supervision';
import type { UnitRegistered } from '../src/domain/units';
import { cstYear } from '../src/domain/shared/time';
import type { EventRef, Projection, ProjectedEvent, ProjectionStore } from './projection';
import { byType, refOf, writtenBy, WRITTEN_INDEX, type Written } from './projection';
import type { CourseRefs } from './shared/course-refs';
import { applyUnitRegistered, findUnitNode, UNIT_NODE_COLLECTIONS } from './shared/unit-paths';

export const PATROLS = 'patrols';
export const PROBLEMS = 'problems';
export const ORDERS = 'orders';

/** In `yearsOpen` of a problem not (yet) closed. */
export const OPEN_FOR_GOOD = 9999;

export interface PatrolDoc extends Written, Omit<Patrol, 'id'> {
  _id: string;
  /** CST year of `from`. */
  year: number;
  ref: EventRef;
}

/** One problem: the domain state (so figures use the domain's own rules) and the events behind it. */
export interface ProblemDoc extends Written {
  _id: string;
  patrolId: string;
  leadUnitId: string;
  targetUnitId: string;
  /** The target unit, then each ancestor. */
  unitPath: string[];
  duty: string;
  status: string;
  raisedAt: string;
  raisedYear: number;
  /**
   * The CST years the problem may count in: from the year it was raised to the year its
   * rectification passed verification, or its year and `OPEN_FOR_GOOD` while not closed.
   */
  yearsOpen: number[];
  deadline: string;
  state: Problem;
  refs: CourseRefs & { raised: EventRef };
}

export interface OrderDoc extends Written {
  _id: string;
  issuerUnitId: string;
  targetUnitId: string;
  /** The target unit, then each ancestor. */
  unitPath: string[];
  subjectKind: string;
  subjectId: string;
  status: string;
  issuedAt: string;
  year: number;
  deadline: string;
  closedAt: string | null;
  /** The CST years the order may be overdue in: from its issue to its closure, or for good. */
  yearsOpen: number[];
  state: SupervisionOrder;
  refs: { issued: EventRef; replies: EventRef[]; closure: EventRef | null };
}

/** What a year's figures read: its own problems and those that may still be open in it. */
export const problemsThatCountIn = (year: number) => ({
  yearsOpen: { $in: [year, OPEN_FOR_GOOD] },
});

/** What a year's escalation reads: the orders issued in it and those that may still be open in it. */
export const ordersThatCountIn = problemsThatCountIn;

const yearsBetween = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(from, to) - from + 1 }, (_, i) => from + i);

function yearsOpen(state: Problem): number[] {
  const from = cstYear(state.raisedAt);
  const verification = state.rectifications[state.rectifications.length - 1]?.verification;
  if (state.status !== 'verified' || !verification) return [from, OPEN_FOR_GOOD];
  return yearsBetween(from, cstYear(verification.verifiedAt));
}

function orderYearsOpen(state: SupervisionOrder): number[] {
  const from = cstYear(state.issuedAt);
  return state.closure
    ? yearsBetween(from, cstYear(state.closure.closedAt))
    : [from, OPEN_FOR_GOOD];
}

const idOf = (event: ProjectedEvent, prefix: string) => event.streamId.slice(prefix.length);

const pathOf = async (store: ProjectionStore, unitId: string): Promise<string[]> =>
  (await findUnitNode(store, unitId))?.path ?? [unitId];

function patrolLaunched(event: ProjectedEvent<PatrolLaunched>, store: ProjectionStore): void {
  const { data } = event;
  store.put<PatrolDoc>(PATROLS, {
    _id: data.id,
    kind: data.kind,
    leadUnitId: data.leadUnitId,
    team: [...data.team],
    targetUnitIds: [...data.targetUnitIds],
    from: data.from,
    to: data.to,
    year: cstYear(data.from),
    ref: refOf(event),
    ...writtenBy(event),
  });
}

function nextProblemRefs(
  current: ProblemDoc['refs'] | undefined,
  event: ProjectedEvent<ProblemEvent>,
): ProblemDoc['refs'] {
  const ref = refOf(event);
  const refs = current ?? { raised: ref, rectifications: [], verifications: [], extensions: [] };
  switch (event.type) {
    case 'ProblemRectified':
      return { ...refs, rectifications: [...refs.rectifications, ref] };
    case 'ProblemVerified':
      return { ...refs, verifications: [...refs.verifications, ref] };
    case 'ProblemDeadlineExtended':
      return { ...refs, extensions: [...refs.extensions, ref] };
    case 'ProblemRaised':
      return refs;
  }
}

async function applyProblemEvent(
  event: ProjectedEvent<ProblemEvent>,
  store: ProjectionStore,
): Promise<void> {
  const id = idOf(event, 'problem-');
  const current = await store.get<ProblemDoc>(PROBLEMS, id);
  const state = problemDecider.evolve(current?.state ?? null, event);
  if (!state) return;
  store.put<ProblemDoc>(PROBLEMS, {
    _id: id,
    patrolId: state.patrolId,
    leadUnitId: state.leadUnitId,
    targetUnitId: state.targetUnitId,
    unitPath: current?.unitPath ?? (await pathOf(store, state.targetUnitId)),
    duty: state.duty,
    status: state.status,
    raisedAt: state.raisedAt,
    raisedYear: cstYear(state.raisedAt),
    yearsOpen: yearsOpen(state),
    deadline: state.deadline,
    state,
    refs: nextProblemRefs(current?.refs, event),
    ...writtenBy(event),
  });
}

function nextOrderRefs(
  current: OrderDoc['refs'] | undefined,
  event: ProjectedEvent<SupervisionOrderEvent>,
): OrderDoc['refs'] {
  const ref = refOf(event);
  const refs = current ?? { issued: ref, replies: [], closure: null };
  switch (event.type) {
    case 'SupervisionOrderReplied':
      return { ...refs, replies: [...refs.replies, ref] };
    case 'SupervisionOrderClosed':
      return { ...refs, closure: ref };
    case 'SupervisionOrderIssued':
      return refs;
  }
}

async function applyOrderEvent(
  event: ProjectedEvent<SupervisionOrderEvent>,
  store: ProjectionStore,
): Promise<void> {
  const id = idOf(event, 'supervisionorder-');
  const current = await store.get<OrderDoc>(ORDERS, id);
  const state = supervisionOrderDecider.evolve(current?.state ?? null, event);
  if (!state) return;
  store.put<OrderDoc>(ORDERS, {
    _id: id,
    issuerUnitId: state.issuerUnitId,
    targetUnitId: state.targetUnitId,
    unitPath: current?.unitPath ?? (await pathOf(store, state.targetUnitId)),
    subjectKind: state.subject.kind,
    subjectId: state.subject.id,
    status: orderStatus(state),
    issuedAt: state.issuedAt,
    year: cstYear(state.issuedAt),
    deadline: state.deadline,
    closedAt: state.closure?.closedAt ?? null,
    yearsOpen: orderYearsOpen(state),
    state,
    refs: nextOrderRefs(current?.refs, event),
    ...writtenBy(event),
  });
}

/** Patrols and supervision visits, the problems they raised, supervision orders (督办函). */
export const supervisionProjection: Projection = {
  name: 'supervision',
  // 2: orders carry `yearsOpen` (escalation reads the orders open in a year).
  version: 2,
  collections: {
    ...UNIT_NODE_COLLECTIONS,
    [PATROLS]: {
      indexes: [['leadUnitId'], ['targetUnitIds'], ['year'], ['kind'], ['from'], WRITTEN_INDEX],
      sorts: [
        ['from', -1],
        ['from', 1],
      ],
    },
    [PROBLEMS]: {
      indexes: [
        ['unitPath'],
        ['targetUnitId'],
        ['patrolId'],
        ['yearsOpen'],
        ['raisedAt'],
        ['status'],
        ['duty'],
        WRITTEN_INDEX,
      ],
      sorts: [
        ['raisedAt', -1],
        ['raisedAt', 1],
      ],
    },
    [ORDERS]: {
      indexes: [
        ['unitPath'],
        ['issuerUnitId'],
        ['targetUnitId'],
        ['issuedAt'],
        ['status'],
        ['yearsOpen'],
        WRITTEN_INDEX,
      ],
      sorts: [
        ['issuedAt', -1],
        ['issuedAt', 1],
      ],
    },
  },
  ...byType<UnitRegistered | PatrolLaunched | ProblemEvent | SupervisionOrderEvent>({
    UnitRegistered: applyUnitRegistered,
    PatrolLaunched: patrolLaunched,
    ProblemRaised: applyProblemEvent,
    ProblemRectified: applyProblemEvent,
    ProblemVerified: applyProblemEvent,
    ProblemDeadlineExtended: applyProblemEvent,
    SupervisionOrderIssued: applyOrderEvent,
    SupervisionOrderReplied: applyOrderEvent,
    SupervisionOrderClosed: applyOrderEvent,
  }),
};
