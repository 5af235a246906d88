import type { Decider } from '../../shared/decider';
import { ruleViolation, stateConflict } from '../../shared/errors';
import { requireNotFuture, requirePastTimeFrom, requireText } from '../../shared/guards';
import { notFound } from '../../shared/errors';
import { requireDeadlineAfter } from '../../inspections/guards';
import { isOrderSubjectKind } from '../codes';
import type {
  CloseSupervisionOrder,
  IssueSupervisionOrder,
  ReplyToSupervisionOrder,
  SupervisionOrderCommand,
} from './commands';
import type { SupervisionOrderEvent } from './events';
import type { SupervisionOrder, SupervisionOrderState } from './state';

export const supervisionOrderStreamId = (id: string): string => `supervisionorder-${id}`;

/** To a lower unit (a territorial descendant of the issuer), with a deadline after the issue. */
function decideIssue(
  command: IssueSupervisionOrder,
  state: SupervisionOrderState,
): SupervisionOrderEvent[] {
  if (state) throw stateConflict('already_exists', `supervision order ${state.id} already exists`);
  requireText(command.id, 'id');
  requireText(command.issuerUnitId, 'issuerUnitId');
  requireText(command.targetUnitId, 'targetUnitId');
  if (!command.targetAncestors.includes(command.issuerUnitId)) {
    throw ruleViolation(
      'not_a_lower_unit',
      `unit ${command.targetUnitId} is not below the issuing unit ${command.issuerUnitId}`,
      'targetUnitId',
    );
  }
  const { kind, id } = command.subject;
  if (!isOrderSubjectKind(kind)) {
    throw ruleViolation('invalid_subject', `unknown subject kind ${String(kind)}`, 'subject.kind');
  }
  requireText(id, 'subject.id');
  requireText(command.requirement, 'requirement');
  requireNotFuture(command.issuedAt, command.now, 'issuedAt');
  requireDeadlineAfter(command.deadline, command.issuedAt, 'deadline');
  return [
    {
      type: 'SupervisionOrderIssued',
      data: {
        id: command.id,
        issuerUnitId: command.issuerUnitId,
        targetUnitId: command.targetUnitId,
        subject: { kind, id },
        requirement: command.requirement,
        issuedAt: command.issuedAt,
        deadline: command.deadline,
      },
    },
  ];
}

function requireIssued(state: SupervisionOrderState): SupervisionOrder {
  if (!state) throw notFound('order_not_found', 'supervision order not found');
  return state;
}

/** Replies are taken until the order is closed (then 422: the issuer has judged it). */
function decideReply(
  command: ReplyToSupervisionOrder,
  state: SupervisionOrderState,
): SupervisionOrderEvent[] {
  const order = requireIssued(state);
  if (order.closure) {
    throw ruleViolation(
      'order_closed',
      `supervision order ${order.id} was closed at ${order.closure.closedAt}; it takes no reply`,
    );
  }
  requirePastTimeFrom(
    command.repliedAt,
    order.issuedAt,
    command.now,
    'repliedAt',
    'replied_before_issued',
  );
  requireText(command.content, 'content');
  return [
    {
      type: 'SupervisionOrderReplied',
      data: { repliedAt: command.repliedAt, content: command.content },
    },
  ];
}

/** Closed once, by the issuer, not before the last reply. */
function decideClosure(
  command: CloseSupervisionOrder,
  state: SupervisionOrderState,
): SupervisionOrderEvent[] {
  const order = requireIssued(state);
  if (order.closure) {
    throw stateConflict('order_closed', `supervision order ${order.id} is already closed`);
  }
  const lastReply = order.replies[order.replies.length - 1]?.repliedAt;
  requirePastTimeFrom(
    command.closedAt,
    lastReply ?? order.issuedAt,
    command.now,
    'closedAt',
    lastReply ? 'closed_before_reply' : 'closed_before_issued',
  );
  return [
    {
      type: 'SupervisionOrderClosed',
      data: {
        closedAt: command.closedAt,
        ...(command.note !== undefined && { note: command.note }),
      },
    },
  ];
}

function evolveOrder(
  state: SupervisionOrderState,
  event: SupervisionOrderEvent,
): SupervisionOrderState {
  switch (event.type) {
    case 'SupervisionOrderIssued':
      return { ...event.data, subject: { ...event.data.subject }, replies: [], closure: null };
    case 'SupervisionOrderReplied':
      return state && { ...state, replies: [...state.replies, { ...event.data }] };
    case 'SupervisionOrderClosed':
      return state && { ...state, closure: { ...event.data } };
  }
}

export const supervisionOrderDecider: Decider<
  SupervisionOrderCommand,
  SupervisionOrderEvent,
  SupervisionOrderState
> = {
  initialState: () => null,
  evolve: evolveOrder,
  decide(command, state) {
    switch (command.type) {
      case 'IssueSupervisionOrder':
        return decideIssue(command, state);
      case 'ReplyToSupervisionOrder':
        return decideReply(command, state);
      case 'CloseSupervisionOrder':
        return decideClosure(command, state);
    }
  },
};
