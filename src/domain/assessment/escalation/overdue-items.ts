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

/** What a unit may be overdue with (DOMAIN "Supervision by the office"). */
export const ESCALATION_ITEM_KINDS = ['hazard', 'problem', 'order'] as const;

export type EscalationItemKind = (typeof ESCALATION_ITEM_KINDS)[number];

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

/** Issued by then, past its deadline (exactly at it is not), not closed by then. */
export const isOrderOverdueAt = (order: SupervisionOrderFact, ms: number): boolean =>
  toMs(order.issuedAt) <= ms &&
  toMs(order.deadline) < ms &&
  !(order.closure && toMs(order.closure.closedAt) <= ms);

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

/**
 * The unit's hazards (those it answers for), the problems raised and the orders issued to it that
 * are overdue at the reference.
 */
export const overdueCandidateItems = (
  facts: AssessmentFacts,
  referenceMs: number,
): OverdueCandidateItem[] => [
  ...facts.hazards.filter((h) => isHazardOverdue(h, referenceMs)).map(hazardItem),
  ...(facts.problems ?? []).filter((p) => isProblemOverdueAt(p, referenceMs)).map(problemItem),
  ...(facts.orders ?? []).filter((o) => isOrderOverdueAt(o, referenceMs)).map(orderItem),
];
