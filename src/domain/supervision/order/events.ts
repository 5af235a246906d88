import type { DomainEvent } from '../../shared/decider';
import type { OrderSubjectKind } from '../codes';

/** 督办函: issued by a unit to a lower unit about a hazard, a problem or an incident. */
export type SupervisionOrderIssued = DomainEvent<
  'SupervisionOrderIssued',
  {
    id: string;
    issuerUnitId: string;
    targetUnitId: string;
    subject: { kind: OrderSubjectKind; id: string };
    requirement: string;
    issuedAt: string;
    deadline: string;
  }
>;

/** The target's reply (办理情况报告); there may be several before the order is closed. */
export type SupervisionOrderReplied = DomainEvent<
  'SupervisionOrderReplied',
  { repliedAt: string; content: string }
>;

/** The issuer closes the order (办结). */
export type SupervisionOrderClosed = DomainEvent<
  'SupervisionOrderClosed',
  { closedAt: string; note?: string }
>;

export type SupervisionOrderEvent =
  SupervisionOrderIssued | SupervisionOrderReplied | SupervisionOrderClosed;
