import { toMs } from '../../shared/time';
import type { SupervisionOrder } from './state';

/** What an order's being overdue rests on (the state, or the assessment's facts of it). */
export interface OrderCourse {
  readonly issuedAt: string;
  readonly deadline: string;
  readonly closure?: { readonly closedAt: string } | null;
}

/**
 * Overdue at the reference: issued by then, its deadline passed (exactly at it is not), and not
 * closed by then. An order closed late is no longer overdue once closed (`closedLate` says so).
 */
export const isOrderOverdue = (order: SupervisionOrder, referenceIso: string): boolean =>
  isOrderOverdueAt(order, toMs(referenceIso));

export function isOrderOverdueAt(order: OrderCourse, referenceMs: number): boolean {
  if (toMs(order.issuedAt) > referenceMs) return false;
  if (order.closure && toMs(order.closure.closedAt) <= referenceMs) return false;
  return toMs(order.deadline) < referenceMs;
}

/** Closed after its deadline. */
export const isClosedLate = (order: SupervisionOrder): boolean =>
  order.closure !== null && toMs(order.closure.closedAt) > toMs(order.deadline);
