import { toMs } from '../../shared/time';
import type { SupervisionOrder } from './state';

/**
 * Overdue at the reference: issued by then, its deadline passed (exactly at it is not), and not
 * closed by then. An order closed late is no longer overdue once closed (`closedLate` says so).
 */
export function isOrderOverdue(order: SupervisionOrder, referenceIso: string): boolean {
  const referenceMs = toMs(referenceIso);
  if (toMs(order.issuedAt) > referenceMs) return false;
  if (order.closure && toMs(order.closure.closedAt) <= referenceMs) return false;
  return toMs(order.deadline) < referenceMs;
}

/** Closed after its deadline. */
export const isClosedLate = (order: SupervisionOrder): boolean =>
  order.closure !== null && toMs(order.closure.closedAt) > toMs(order.deadline);
