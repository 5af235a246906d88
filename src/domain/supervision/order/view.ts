import { labelOf } from '../../shared/labels';
import type { OrderSubjectKind } from '../codes';
import type { SupervisionOrderIssued } from './events';
import { isClosedLate, isOrderOverdue } from './queries';
import { type OrderReply, type OrderStatus, orderStatus, type SupervisionOrder } from './state';

/**
 * `GET /supervision-orders/:id` and each item of `GET /supervision-orders`: the order as issued,
 * its replies and its closure.
 */
export interface SupervisionOrderView extends Omit<SupervisionOrderIssued['data'], 'subject'> {
  subject: {
    kind: OrderSubjectKind;
    /** 隐患 / 巡查督查问题 / 生产安全事故. */
    kindLabel: string;
    id: string;
  };
  status: OrderStatus;
  /** 已督办待回复 / 已回复待办结 / 已办结. */
  statusLabel: string;
  replies: OrderReply[];
  closedAt?: string;
  closureNote?: string;
  /** Closed after its deadline. */
  closedLate?: true;
  /** Not closed by its deadline, at the reading time. */
  overdue: boolean;
}

export function toSupervisionOrderView(
  order: SupervisionOrder,
  referenceIso: string,
): SupervisionOrderView {
  return {
    id: order.id,
    issuerUnitId: order.issuerUnitId,
    targetUnitId: order.targetUnitId,
    subject: {
      kind: order.subject.kind,
      kindLabel: labelOf('orderSubjectKind', order.subject.kind),
      id: order.subject.id,
    },
    requirement: order.requirement,
    issuedAt: order.issuedAt,
    deadline: order.deadline,
    status: orderStatus(order),
    statusLabel: labelOf('orderStatus', orderStatus(order)),
    replies: order.replies.map((r) => ({ ...r })),
    ...(order.closure && { closedAt: order.closure.closedAt }),
    ...(order.closure?.note !== undefined && { closureNote: order.closure.note }),
    ...(isClosedLate(order) && { closedLate: true as const }),
    overdue: isOrderOverdue(order, referenceIso),
  };
}
