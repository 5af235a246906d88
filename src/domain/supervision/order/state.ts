import type { SupervisionOrderIssued } from './events';

/** `issued` awaits a reply, `replied` awaits closure, `closed` is done. */
export const ORDER_STATUSES = ['issued', 'replied', 'closed'] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrderReply {
  readonly repliedAt: string;
  readonly content: string;
}

export interface OrderClosure {
  readonly closedAt: string;
  readonly note?: string;
}

export interface SupervisionOrder extends Readonly<SupervisionOrderIssued['data']> {
  readonly replies: readonly OrderReply[];
  readonly closure: OrderClosure | null;
}

/** `null` until the order is issued. */
export type SupervisionOrderState = SupervisionOrder | null;

export const orderStatus = (order: SupervisionOrder): OrderStatus =>
  order.closure ? 'closed' : order.replies.length > 0 ? 'replied' : 'issued';
