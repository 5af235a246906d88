import type { Role } from '../shared/actor';
import type { Named, RoutePolicy, Touch } from './route-policy';

const ALL: Role[] = ['admin', 'office', 'inspector', 'reporter', 'auditor'];
const OFFICE: Role[] = ['admin', 'office'];
/** Inspections, hazards and penalties. */
const INSPECTION: Role[] = ['admin', 'office', 'inspector'];
/** Incidents and their casualty figures. */
const REPORTING: Role[] = ['admin', 'office', 'reporter'];
/** A hazard's rectification: whoever works on the hazard or reports from the site. */
const RECTIFYING: Role[] = ['admin', 'office', 'inspector', 'reporter'];
const AUDIT: Role[] = ['admin', 'office', 'auditor'];

const param = (name: string, names: Named): Touch => ({ at: `params.${name}`, names });
const body = (path: string, names: Named = 'unit'): Touch => ({ at: `body.${path}`, names });
const query = (...names: string[]): Touch[] =>
  names.map((name) => ({ at: `query.${name}`, names: 'unit' }));
/** Lists narrowed to a unit's subtree: a scoped actor's default, so pages and totals stay within scope. */
const WITHIN = 'withinUnitId';

/**
 * The role matrix, and every unit each route touches, by `METHOD path` as Express registers it
 * under /api/v1. A route missing here is refused. docs/authorization.md is generated from it.
 */
export const ROUTE_POLICIES: Readonly<Record<string, RoutePolicy>> = {
  'POST /users': { roles: OFFICE, touches: [body('scopeUnitId')] },
  'POST /users/:id/revocation': { roles: OFFICE, touches: [param('id', 'user')] },
  'POST /users/:id/token': { roles: OFFICE, touches: [param('id', 'user')] },
  'GET /users/:id': { roles: AUDIT, touches: [param('id', 'user')] },

  'POST /units': {
    roles: OFFICE,
    touches: [{ at: 'body.parentId', names: 'unit', ifAbsent: 'global' }],
  },
  'GET /units': {
    roles: ALL,
    touches: query('parentId', 'ancestorId'),
    defaultToScope: 'ancestorId',
  },
  'GET /units/:id': { roles: ALL, touches: [param('id', 'unit')] },
  'POST /units/:id/appointments': {
    roles: OFFICE,
    touches: [param('id', 'unit'), body('personId', 'person')],
  },
  'POST /units/:id/appointments/:personId/end': {
    roles: OFFICE,
    touches: [param('id', 'unit'), param('personId', 'person')],
  },
  'PUT /units/:id/statistics/:year': { roles: OFFICE, touches: [param('id', 'unit')] },

  'POST /agreements': {
    roles: OFFICE,
    touches: [
      body('responsibleUnitId'),
      body('issuerUnitId'),
      body('signatories[].personId', 'person'),
    ],
  },
  'GET /agreements': {
    roles: ALL,
    touches: query('responsibleUnitId', 'issuerUnitId', WITHIN),
    defaultToScope: WITHIN,
    list: { field: 'responsibleUnitId' },
  },
  'GET /agreements/coverage': { roles: ALL, touches: query('unitId') },
  'GET /agreements/:id': { roles: ALL, touches: [param('id', 'agreement')] },
  'POST /agreements/:id/amendments': {
    roles: OFFICE,
    touches: [param('id', 'agreement'), body('signatories[].personId', 'person')],
  },
  'POST /agreements/:id/termination': { roles: OFFICE, touches: [param('id', 'agreement')] },

  'POST /inspections': {
    roles: INSPECTION,
    touches: [body('inspectedUnitId'), body('inspectingUnitId')],
  },
  'GET /inspections': {
    roles: ALL,
    touches: query('inspectingUnitId', 'inspectedUnitId', WITHIN),
    defaultToScope: WITHIN,
    list: { field: 'inspectedUnitId' },
  },
  'GET /inspections/:id': { roles: ALL, touches: [param('id', 'inspection')] },
  'POST /hazards': {
    roles: INSPECTION,
    touches: [
      body('unitId'),
      body('supervisingUnitId'),
      body('source.inspectionId', 'inspection'),
      body('source.reportId', 'report'),
    ],
  },
  'GET /hazards': {
    roles: ALL,
    touches: query('unitId'),
    defaultToScope: 'unitId',
    list: { field: 'unitId' },
  },
  'GET /hazards/:id': { roles: ALL, touches: [param('id', 'hazard')] },
  'POST /hazards/:id/plan': { roles: INSPECTION, touches: [param('id', 'hazard')] },
  'POST /hazards/:id/extension': { roles: INSPECTION, touches: [param('id', 'hazard')] },
  'POST /hazards/:id/rectification': { roles: RECTIFYING, touches: [param('id', 'hazard')] },
  'POST /hazards/:id/verification': { roles: INSPECTION, touches: [param('id', 'hazard')] },
  'GET /hazard-ledger': { roles: ALL, touches: query('unitId'), defaultToScope: 'unitId' },
  'POST /reports': { roles: OFFICE, touches: [body('subjectUnitId')] },
  'GET /reports': {
    roles: ALL,
    touches: query('subjectUnitId', WITHIN),
    defaultToScope: WITHIN,
    list: { field: 'subjectUnitId' },
  },
  'GET /reports/:id': { roles: ALL, touches: [param('id', 'report')] },
  'POST /reports/:id/verification': {
    roles: OFFICE,
    touches: [
      param('id', 'report'),
      body('hazardIds[]', 'hazard'),
      body('penaltyIds[]', 'penalty'),
    ],
  },
  'POST /reports/:id/closure': { roles: OFFICE, touches: [param('id', 'report')] },

  'POST /incidents': { roles: REPORTING, touches: [body('unitId')] },
  'GET /incidents': {
    roles: ALL,
    touches: query('unitId'),
    defaultToScope: 'unitId',
    list: { field: 'unitId' },
  },
  'GET /incidents/:id': { roles: ALL, touches: [param('id', 'incident')] },
  'GET /incidents/:id/responsibility-chain': { roles: ALL, touches: [param('id', 'incident')] },
  'POST /incidents/:id/casualty-revisions': {
    roles: REPORTING,
    touches: [param('id', 'incident')],
  },
  'POST /incidents/:id/relays': {
    roles: REPORTING,
    touches: [param('id', 'incident'), body('unitId')],
  },
  'POST /incidents/:id/misreporting-findings': {
    roles: OFFICE,
    touches: [
      param('id', 'incident'),
      body('responsibleUnitIds[]'),
      body('responsiblePersonIds[]', 'person'),
    ],
  },
  'POST /incidents/:id/investigation': { roles: OFFICE, touches: [param('id', 'incident')] },
  'POST /incidents/:id/investigation/extension': {
    roles: OFFICE,
    touches: [param('id', 'incident')],
  },
  'POST /incidents/:id/investigation/conclusion': {
    roles: OFFICE,
    touches: [
      param('id', 'incident'),
      body('liable[].unitId'),
      body('liable[].personId', 'person'),
    ],
  },
  'POST /incidents/:id/corrections': {
    roles: OFFICE,
    touches: [
      param('id', 'incident'),
      { at: 'body.to', names: 'unit', when: { at: 'body.field', is: 'unitId' } },
    ],
  },
  'POST /incidents/:id/corrections/:correctionId/approval': {
    roles: OFFICE,
    touches: [param('id', 'incident'), { ...param('correctionId', 'correction'), of: 'params.id' }],
  },
  'POST /incidents/:id/corrections/:correctionId/rejection': {
    roles: OFFICE,
    touches: [param('id', 'incident'), { ...param('correctionId', 'correction'), of: 'params.id' }],
  },
  'GET /responsibility-chain': { roles: ALL, touches: query('unitId') },

  'POST /penalties': {
    roles: INSPECTION,
    touches: [body('enterpriseId'), body('enforcingUnitId')],
  },
  'GET /penalties': {
    roles: ALL,
    touches: query('enterpriseId', 'enforcingUnitId', WITHIN),
    defaultToScope: WITHIN,
    list: { field: 'enterpriseId' },
  },
  'GET /penalties/:id': { roles: ALL, touches: [param('id', 'penalty')] },
  'POST /penalties/:id/revocation': { roles: INSPECTION, touches: [param('id', 'penalty')] },
  'POST /accountability-actions': {
    roles: OFFICE,
    touches: [
      body('targetUnitId'),
      body('decidingUnitId'),
      body('targetPersonId', 'person'),
      body('incidentId', 'incident'),
    ],
  },
  'GET /accountability-actions': {
    roles: ALL,
    touches: query('targetUnitId', WITHIN),
    defaultToScope: WITHIN,
    list: { field: 'targetUnitId' },
  },
  'GET /accountability-actions/:id': { roles: ALL, touches: [param('id', 'accountability')] },
  'POST /blacklist': { roles: OFFICE, touches: [body('enterpriseId')] },
  'GET /blacklist': {
    roles: ALL,
    touches: query(WITHIN),
    defaultToScope: WITHIN,
    list: { field: 'enterpriseId' },
  },
  'GET /blacklist/candidates': { roles: ALL, touches: [], list: { field: 'enterpriseId' } },
  'POST /blacklist/:enterpriseId/removal': {
    roles: OFFICE,
    touches: [param('enterpriseId', 'unit')],
  },

  'PUT /schemes/:year': { roles: OFFICE, touches: [param('year', 'year')] },
  'GET /schemes/:year': { roles: ALL, touches: [] },
  'POST /assessments/:year/units/:unitId/task-scores': {
    roles: OFFICE,
    touches: [param('unitId', 'unit')],
  },
  'POST /assessments/:year/units/:unitId/commendations': {
    roles: OFFICE,
    touches: [param('unitId', 'unit')],
  },
  'POST /assessments/:year/finalization': { roles: OFFICE, touches: [param('year', 'year')] },
  'GET /assessments/:year': {
    roles: ALL,
    touches: query('parentId'),
    list: { field: 'unitId' },
  },
  'GET /assessments/:year/units/:unitId': { roles: ALL, touches: [param('unitId', 'unit')] },
  'GET /assessments/:year/units/:unitId/control-indicators': {
    roles: ALL,
    touches: [param('unitId', 'unit')],
  },
  'GET /assessments/:year/promotion-bars': { roles: ALL, touches: [], list: { field: 'unitId' } },
  'GET /assessments/:year/award-disqualifications': {
    roles: ALL,
    touches: [],
    list: { field: 'unitId' },
  },
  'GET /assessments/:year/export.xlsx': { roles: ALL, touches: [] },

  'GET /audit/streams/:streamId': { roles: AUDIT, touches: [param('streamId', 'stream')] },
  'GET /audit/events': { roles: AUDIT, touches: query(WITHIN), defaultToScope: WITHIN },
  'GET /audit/integrity': { roles: AUDIT, touches: [] },
  'POST /audit/anchors': { roles: OFFICE, touches: [] },
};
