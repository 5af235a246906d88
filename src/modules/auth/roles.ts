import type { Role } from '../shared/actor';

/** Every role: reads open to anyone with a token, within their scope. */
export const ALL: readonly Role[] = ['admin', 'office', 'inspector', 'reporter', 'auditor'];
export const OFFICE: readonly Role[] = ['admin', 'office'];
/** Inspections, hazards and penalties. */
export const INSPECTION: readonly Role[] = ['admin', 'office', 'inspector'];
/** Incidents and their casualty figures. */
export const REPORTING: readonly Role[] = ['admin', 'office', 'reporter'];
/** A hazard's rectification: whoever works on the hazard or reports from the site. */
export const RECTIFYING: readonly Role[] = ['admin', 'office', 'inspector', 'reporter'];
export const AUDIT: readonly Role[] = ['admin', 'office', 'auditor'];
