import type { SupervisionOrderIssued } from './events';
import { isClosedLate, isOrderOverdue } from './queries';
import { type OrderReply, type OrderStatus, orderStatus, type SupervisionOrder } from './state';

/** The order as issued, its replies and its closure. */
export interface SupervisionOrderView extends Readonly<SupervisionOrderIssued['data']> {
  status: OrderStatus;
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
    subject: { ...order.subject },
    requirement: order.requirement,
    issuedAt: order.issuedAt,
    deadline: order.deadline,
    status: orderStatus(order),
    replies: order.replies.map((r) => ({ ...r })),
    ...(order.closure && { closedAt: order.closure.closedAt }),
    ...(order.closure?.note !== undefined && { closureNote: order.closure.note }),
    ...(isClosedLate(order) && { closedLate: true as const }),
    overdue: isOrderOverdue(order, referenceIso),
  };
}
