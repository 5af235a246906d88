import type { Role } from '../shared/actor';

/** Where a route finds the unit(s) the request concerns, to check them against the actor's scope. */
export type ScopeRule =
  /** Any authenticated actor with the role; the data is not unit-specific. */
  | { from: 'none' }
  /** Units named in body fields; `absent: 'global'` means a missing field needs global scope. */
  | { from: 'body'; fields: string[]; absent?: 'global' | 'skip' }
  /** The unit of the resource in a path parameter (`stream` builds its stream id). */
  | { from: 'param'; param: string; stream: (id: string) => string }
  /** Query parameters naming units; `defaultTo` gets the actor's scope unit when absent. */
  | { from: 'query'; params: string[]; defaultTo?: string }
  /** A year-level action: the actor's scope must contain every assessed unit of `:year`. */
  | { from: 'year' };

/** For list reads: the field of each item naming its unit (items outside the scope are dropped). */
export interface ListFilter {
  field: string;
}

export interface RoutePolicy {
  roles: readonly Role[];
  scope: ScopeRule;
  list?: ListFilter;
}

const ALL: Role[] = ['admin', 'office', 'inspector', 'reporter', 'auditor'];
const OFFICE: Role[] = ['admin', 'office'];
const INSPECTION: Role[] = ['admin', 'office', 'inspector'];
const FIELD: Role[] = ['admin', 'office', 'inspector', 'reporter'];
const AUDIT: Role[] = ['admin', 'office', 'auditor'];

const unit = (id: string) => `unit-${id}`;
const param = (name: string, stream: (id: string) => string): ScopeRule => ({
  from: 'param',
  param: name,
  stream,
});
const body = (...fields: string[]): ScopeRule => ({ from: 'body', fields });
const query = (params: string[], defaultTo?: string): ScopeRule => ({
  from: 'query',
  params,
  defaultTo,
});
const NONE: ScopeRule = { from: 'none' };
/** Lists narrowed to a unit's subtree: a scoped actor's default, so pages and totals stay within scope. */
const WITHIN = 'withinUnitId';

/**
 * The role matrix and scope rule of every route, by `METHOD path` as Express registers it under
 * /api/v1. A route missing here is refused (the application also refuses to start without it).
 */
export const ROUTE_POLICIES: Readonly<Record<string, RoutePolicy>> = {
  'POST /users': { roles: OFFICE, scope: body('scopeUnitId') },
  'POST /users/:id/revocation': { roles: OFFICE, scope: param('id', (id) => `user-${id}`) },
  'POST /users/:id/token': { roles: OFFICE, scope: param('id', (id) => `user-${id}`) },
  'GET /users/:id': { roles: AUDIT, scope: param('id', (id) => `user-${id}`) },

  'POST /units': { roles: OFFICE, scope: { from: 'body', fields: ['parentId'], absent: 'global' } },
  'GET /units': { roles: ALL, scope: query(['parentId', 'ancestorId'], 'ancestorId') },
  'GET /units/:id': { roles: ALL, scope: param('id', unit) },
  'POST /units/:id/appointments': { roles: OFFICE, scope: param('id', unit) },
  'POST /units/:id/appointments/:personId/end': { roles: OFFICE, scope: param('id', unit) },
  'PUT /units/:id/statistics/:year': { roles: OFFICE, scope: param('id', unit) },

  'POST /agreements': { roles: OFFICE, scope: body('responsibleUnitId') },
  'GET /agreements': {
    roles: ALL,
    scope: query(['responsibleUnitId', 'issuerUnitId', WITHIN], WITHIN),
    list: { field: 'responsibleUnitId' },
  },
  'GET /agreements/coverage': { roles: ALL, scope: query(['unitId']) },
  'GET /agreements/:id': { roles: ALL, scope: param('id', (id) => `agreement-${id}`) },
  'POST /agreements/:id/amendments': {
    roles: OFFICE,
    scope: param('id', (id) => `agreement-${id}`),
  },
  'POST /agreements/:id/termination': {
    roles: OFFICE,
    scope: param('id', (id) => `agreement-${id}`),
  },

  'POST /inspections': { roles: INSPECTION, scope: body('inspectedUnitId') },
  'GET /inspections': {
    roles: ALL,
    scope: query(['inspectingUnitId', 'inspectedUnitId', WITHIN], WITHIN),
    list: { field: 'inspectedUnitId' },
  },
  'GET /inspections/:id': { roles: ALL, scope: param('id', (id) => `inspection-${id}`) },
  'POST /hazards': { roles: INSPECTION, scope: body('unitId') },
  'GET /hazards': { roles: ALL, scope: query(['unitId'], 'unitId'), list: { field: 'unitId' } },
  'GET /hazards/:id': { roles: ALL, scope: param('id', (id) => `hazard-${id}`) },
  'POST /hazards/:id/plan': { roles: FIELD, scope: param('id', (id) => `hazard-${id}`) },
  'POST /hazards/:id/extension': { roles: INSPECTION, scope: param('id', (id) => `hazard-${id}`) },
  'POST /hazards/:id/rectification': { roles: FIELD, scope: param('id', (id) => `hazard-${id}`) },
  'POST /hazards/:id/verification': {
    roles: INSPECTION,
    scope: param('id', (id) => `hazard-${id}`),
  },
  'GET /hazard-ledger': { roles: ALL, scope: query(['unitId'], 'unitId') },
  'POST /reports': { roles: INSPECTION, scope: body('subjectUnitId') },
  'GET /reports': {
    roles: ALL,
    scope: query(['subjectUnitId', WITHIN], WITHIN),
    list: { field: 'subjectUnitId' },
  },
  'GET /reports/:id': { roles: ALL, scope: param('id', (id) => `report-${id}`) },
  'POST /reports/:id/verification': {
    roles: INSPECTION,
    scope: param('id', (id) => `report-${id}`),
  },
  'POST /reports/:id/closure': { roles: INSPECTION, scope: param('id', (id) => `report-${id}`) },

  'POST /incidents': { roles: FIELD, scope: body('unitId') },
  'GET /incidents': { roles: ALL, scope: query(['unitId'], 'unitId'), list: { field: 'unitId' } },
  'GET /incidents/:id': { roles: ALL, scope: param('id', (id) => `incident-${id}`) },
  'GET /incidents/:id/responsibility-chain': {
    roles: ALL,
    scope: param('id', (id) => `incident-${id}`),
  },
  'POST /incidents/:id/casualty-revisions': {
    roles: FIELD,
    scope: param('id', (id) => `incident-${id}`),
  },
  'POST /incidents/:id/misreporting-findings': {
    roles: INSPECTION,
    scope: param('id', (id) => `incident-${id}`),
  },
  'POST /incidents/:id/investigation': {
    roles: INSPECTION,
    scope: param('id', (id) => `incident-${id}`),
  },
  'POST /incidents/:id/investigation/extension': {
    roles: INSPECTION,
    scope: param('id', (id) => `incident-${id}`),
  },
  'POST /incidents/:id/investigation/conclusion': {
    roles: INSPECTION,
    scope: param('id', (id) => `incident-${id}`),
  },
  'POST /incidents/:id/corrections': {
    roles: INSPECTION,
    scope: param('id', (id) => `incident-${id}`),
  },
  'GET /responsibility-chain': { roles: ALL, scope: query(['unitId']) },

  'POST /penalties': { roles: INSPECTION, scope: body('enterpriseId') },
  'GET /penalties': {
    roles: ALL,
    scope: query(['enterpriseId', 'enforcingUnitId', WITHIN], WITHIN),
    list: { field: 'enterpriseId' },
  },
  'GET /penalties/:id': { roles: ALL, scope: param('id', (id) => `penalty-${id}`) },
  'POST /penalties/:id/revocation': {
    roles: INSPECTION,
    scope: param('id', (id) => `penalty-${id}`),
  },
  'POST /accountability-actions': { roles: OFFICE, scope: body('targetUnitId') },
  'GET /accountability-actions': {
    roles: ALL,
    scope: query(['targetUnitId', WITHIN], WITHIN),
    list: { field: 'targetUnitId' },
  },
  'GET /accountability-actions/:id': {
    roles: ALL,
    scope: param('id', (id) => `accountability-${id}`),
  },
  'POST /blacklist': { roles: OFFICE, scope: body('enterpriseId') },
  'GET /blacklist': {
    roles: ALL,
    scope: query([WITHIN], WITHIN),
    list: { field: 'enterpriseId' },
  },
  'GET /blacklist/candidates': { roles: ALL, scope: NONE, list: { field: 'enterpriseId' } },
  'POST /blacklist/:enterpriseId/removal': { roles: OFFICE, scope: param('enterpriseId', unit) },

  'PUT /schemes/:year': { roles: OFFICE, scope: { from: 'year' } },
  'GET /schemes/:year': { roles: ALL, scope: NONE },
  'POST /assessments/:year/units/:unitId/task-scores': {
    roles: OFFICE,
    scope: param('unitId', unit),
  },
  'POST /assessments/:year/units/:unitId/commendations': {
    roles: OFFICE,
    scope: param('unitId', unit),
  },
  'POST /assessments/:year/finalization': { roles: OFFICE, scope: { from: 'year' } },
  'GET /assessments/:year': { roles: ALL, scope: query(['parentId']), list: { field: 'unitId' } },
  'GET /assessments/:year/units/:unitId': { roles: ALL, scope: param('unitId', unit) },
  'GET /assessments/:year/units/:unitId/control-indicators': {
    roles: ALL,
    scope: param('unitId', unit),
  },
  'GET /assessments/:year/promotion-bars': { roles: ALL, scope: NONE, list: { field: 'unitId' } },
  'GET /assessments/:year/award-disqualifications': {
    roles: ALL,
    scope: NONE,
    list: { field: 'unitId' },
  },
  'GET /assessments/:year/export.xlsx': { roles: ALL, scope: NONE },

  'GET /audit/streams/:streamId': { roles: AUDIT, scope: param('streamId', (id) => id) },
  'GET /audit/events': { roles: AUDIT, scope: query([WITHIN], WITHIN) },
  'GET /audit/integrity': { roles: AUDIT, scope: NONE },
  'POST /audit/anchors': { roles: OFFICE, scope: NONE },
};

export const policyKey = (method: string, path: string): string =>
  `${method.toUpperCase()} ${path.replace(/^\/api\/v1/, '') || '/'}`;
