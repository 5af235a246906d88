import { toMs } from '../../shared/time';
import type {
  AssessmentFacts,
  EventRef,
  HazardFact,
  ProblemFact,
  SupervisionOrderFact,
} from '../facts';
import { deadlineAt, isHazardOverdue, isHazardOverdueAt } from '../hazard-status';
import { isProblemOverdueAt, problemDeadlineAt } from '../problem-deductions';
import { isOrderOverdueAt } from '../../supervision/order/queries';
import { overdueSince } from './overdue-since';

/** What a unit may be overdue with (DOMAIN "Supervision by the office"). */
export const ESCALATION_ITEM_KINDS = ['hazard', 'problem', 'order'] as const;

export type EscalationItemKind = (typeof ESCALATION_ITEM_KINDS)[number];

/** An overdue hazard, problem or order behind a candidate. */
export interface EscalationItem {
  readonly kind: EscalationItemKind;
  readonly id: string;
  readonly streamId: string;
  /** A major hazard (重大隐患). */
  readonly major: boolean;
  /** Overdue without a break from right after this instant (see `overdueSince`) to the reference. */
  readonly overdueSince: string;
  /** Its recording and the extension in force at the reference. */
  readonly events: readonly EventRef[];
}

/** One hazard, problem or order of the unit, asked about at any instant. */
export interface OverdueCandidateItem {
  readonly kind: EscalationItemKind;
  readonly id: string;
  readonly streamId: string;
  /** A major hazard (重大隐患). */
  readonly major: boolean;
  overdueAt(ms: number): boolean;
  /** The instants at which being overdue may change. */
  readonly changes: readonly number[];
  /** The events that make it overdue at an instant: the recording, and the extension in force. */
  eventsAt(ms: number): EventRef[];
}

const withExtension = (first: EventRef, extension: EventRef | undefined): EventRef[] =>
  extension ? [first, extension] : [first];

const courseChanges = (fact: HazardFact | ProblemFact, recordedAt: string): number[] => [
  toMs(recordedAt),
  toMs(fact.initialDeadline),
  ...fact.extensions.flatMap((e) => [toMs(e.extendedAt), toMs(e.deadline)]),
  ...fact.rectifications.flatMap((r) => [
    toMs(r.rectifiedAt),
    ...(r.verification ? [toMs(r.verification.verifiedAt)] : []),
  ]),
];

const hazardItem = (hazard: HazardFact): OverdueCandidateItem => ({
  kind: 'hazard',
  id: hazard.id,
  streamId: hazard.event.streamId,
  major: hazard.level === 'major',
  overdueAt: (ms) => isHazardOverdueAt(hazard, ms),
  changes: courseChanges(hazard, hazard.identifiedAt),
  eventsAt: (ms) => withExtension(hazard.event, deadlineAt(hazard, ms).event),
});

const problemItem = (problem: ProblemFact): OverdueCandidateItem => ({
  kind: 'problem',
  id: problem.id,
  streamId: problem.event.streamId,
  major: false,
  overdueAt: (ms) => isProblemOverdueAt(problem, ms),
  changes: courseChanges(problem, problem.raisedAt),
  eventsAt: (ms) => withExtension(problem.event, problemDeadlineAt(problem, ms).event),
});

const orderItem = (order: SupervisionOrderFact): OverdueCandidateItem => ({
  kind: 'order',
  id: order.id,
  streamId: order.event.streamId,
  major: false,
  overdueAt: (ms) => isOrderOverdueAt(order, ms),
  changes: [
    toMs(order.issuedAt),
    toMs(order.deadline),
    ...(order.closure ? [toMs(order.closure.closedAt)] : []),
  ],
  eventsAt: () => [order.event],
});

/** An item overdue at the reference, since when, and as a candidate shows it. */
export interface Overdue {
  readonly item: OverdueCandidateItem;
  readonly sinceMs: number;
  readonly view: EscalationItem;
}

type ItemFact = HazardFact | ProblemFact | SupervisionOrderFact;

/**
 * Each fact's answer at the last reference it was asked about. Facts are immutable and shared by
 * every unit that answers for them (a hazard by up to ten), so one walk back serves them all.
 */
const kept = new WeakMap<ItemFact, { referenceMs: number; overdue: Overdue }>();

function overdueOf<F extends ItemFact>(
  fact: F,
  toItem: (fact: F) => OverdueCandidateItem,
  referenceMs: number,
): Overdue {
  const known = kept.get(fact);
  if (known?.referenceMs === referenceMs) return known.overdue;
  const item = toItem(fact);
  const sinceMs = overdueSince(item.overdueAt, item.changes, referenceMs);
  const overdue: Overdue = {
    item,
    sinceMs,
    view: {
      kind: item.kind,
      id: item.id,
      streamId: item.streamId,
      major: item.major,
      overdueSince: new Date(sinceMs).toISOString(),
      events: item.eventsAt(referenceMs),
    },
  };
  kept.set(fact, { referenceMs, overdue });
  return overdue;
}

/**
 * The unit's hazards (those it answers for), the problems raised and the orders issued to it that
 * are overdue at the reference.
 */
export const overdueItems = (facts: AssessmentFacts, referenceMs: number): Overdue[] => [
  ...facts.hazards
    .filter((h) => isHazardOverdue(h, referenceMs))
    .map((h) => overdueOf(h, hazardItem, referenceMs)),
  ...(facts.problems ?? [])
    .filter((p) => isProblemOverdueAt(p, referenceMs))
    .map((p) => overdueOf(p, problemItem, referenceMs)),
  ...(facts.orders ?? [])
    .filter((o) => isOrderOverdueAt(o, referenceMs))
    .map((o) => overdueOf(o, orderItem, referenceMs)),
];
