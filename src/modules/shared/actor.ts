export type Role = 'admin' | 'office' | 'inspector' | 'reporter' | 'auditor';

/** Who is acting: from the bearer token. `scopeUnitId` undefined means global scope. */
export interface Actor {
  /** A user, or the system under one of SYSTEM_ACTOR_IDS (ids no user may take). */
  kind: 'user' | 'system';
  id: string;
  role: Role;
  scopeUnitId?: string;
}

export interface ActorRequest {
  id?: string;
  actor?: Actor;
  body?: unknown;
}
