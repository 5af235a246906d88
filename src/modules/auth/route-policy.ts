import type { Role } from '../shared/actor';

/** Records whose stream (`<kind>-<id>`) tells the unit they concern (see stream-units.ts). */
export const RECORD_KINDS = [
  'agreement',
  'hazard',
  'incident',
  'inspection',
  'report',
  'penalty',
  'accountability',
  'user',
  'patrol',
  'problem',
  'supervisionorder',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * The other side of a record: the unit a field of its first event names, rather than the unit the
 * record concerns (a problem concerns its target unit; its verification is for the patrol's
 * leading side, `problemLead`; an order concerns its target, its closure is for the issuer).
 */
export const RECORD_SIDES = {
  problemLead: { kind: 'problem', field: 'leadUnitId' },
  orderIssuer: { kind: 'supervisionorder', field: 'issuerUnitId' },
} as const satisfies Record<string, { kind: RecordKind; field: string }>;
export type RecordSide = keyof typeof RECORD_SIDES;

/**
 * What a value names, and so which units it touches: a unit itself; a person (the units where
 * they hold or held a post: any one within scope will do); a stream id (the unit its records
 * concern, and a stream of no unit is outside every scope); a year (every registered unit); or
 * a record of one of RECORD_KINDS (the unit its stream concerns now); or an incident's
 * correction (`of` the incident: the incident's unit, and the unit a `unitId` correction moves it to);
 * or a record's other side (RECORD_SIDES).
 */
export type Named = 'unit' | 'person' | 'stream' | 'year' | RecordKind | RecordSide | 'correction';

/**
 * One value a request carries and what it names. `at` is `params.<name>`, `query.<name>` or a
 * body path, `body.<field>` with `[]` after a list (`body.liable[].unitId`, `body.hazardIds[]`).
 */
export interface Touch {
  at: string;
  names: Named;
  /** Only when another body field holds this value (a correction of the field `unitId`). */
  when?: { at: string; is: string };
  /** The record the named one belongs to (`params.id` for a correction of that incident). */
  of?: string;
  /** A request without the value needs global scope (a new top-level unit); else it is skipped. */
  ifAbsent?: 'global';
}

/** For list reads: the field of each item naming its unit (items outside the scope are dropped). */
export interface ListFilter {
  field: string;
}

/**
 * Who may call a route: the roles, and every unit the request touches, all of which must lie
 * within the actor's scope. A record, unit or person that does not exist is left to the handler
 * (404 or 422), so that existence is not hidden behind a 403.
 */
export interface RoutePolicy {
  roles: readonly Role[];
  touches: readonly Touch[];
  /** A query parameter set to the actor's scope unit when absent, so lists stay within scope. */
  defaultToScope?: string;
  list?: ListFilter;
}

export const policyKey = (method: string, path: string): string =>
  `${method.toUpperCase()} ${path.replace(/^\/api\/v1/, '') || '/'}`;
