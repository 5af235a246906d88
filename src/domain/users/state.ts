import type { Role } from './roles';

export interface User {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly scopeUnitId: string;
  readonly tokenHash: string;
  readonly revokedAt?: string;
  readonly revocationReason?: string;
  /** The token was revoked (the user was not): it signs in again once a new one is issued. */
  readonly tokenRevokedAt?: string;
}

/** `null` until the user is registered. */
export type UserState = User | null;

export const isActiveUser = (state: UserState): state is User =>
  state !== null && state.revokedAt === undefined;

/** The token with this hash signs the user in: the user's current token, neither revoked. */
export const signsIn = (state: UserState, tokenHash: string): state is User =>
  isActiveUser(state) && state.tokenHash === tokenHash && state.tokenRevokedAt === undefined;
