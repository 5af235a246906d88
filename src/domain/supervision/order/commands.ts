/** What the order is about: a hazard, a problem or an incident (the handler checks it exists). */
export interface OrderSubject {
  readonly kind: string;
  readonly id: string;
}

export interface IssueSupervisionOrder {
  readonly type: 'IssueSupervisionOrder';
  readonly id: string;
  readonly issuerUnitId: string;
  readonly targetUnitId: string;
  /** The target's territorial ancestors (parent first), as the handler read them. */
  readonly targetAncestors: readonly string[];
  readonly subject: OrderSubject;
  readonly requirement: string;
  readonly issuedAt: string;
  readonly deadline: string;
  readonly now: string;
}

export interface ReplyToSupervisionOrder {
  readonly type: 'ReplyToSupervisionOrder';
  readonly repliedAt: string;
  readonly content: string;
  readonly now: string;
}

export interface CloseSupervisionOrder {
  readonly type: 'CloseSupervisionOrder';
  readonly closedAt: string;
  readonly note?: string;
  readonly now: string;
}

export type SupervisionOrderCommand =
  IssueSupervisionOrder | ReplyToSupervisionOrder | CloseSupervisionOrder;
