export * from './candidates';
export * from './codes';
export { ESCALATION_ITEM_KINDS, type EscalationItemKind } from './overdue-items';
export * from './view';
