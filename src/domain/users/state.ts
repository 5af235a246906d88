import type { Role } from './roles';

export interface User {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly scopeUnitId: string;
  readonly tokenHash: string;
  readonly revokedAt?: string;
  readonly revocationReason?: string;
}

/** `null` until the user is registered. */
export type UserState = User | null;

export const isActiveUser = (state: UserState): state is User =>
  state !== null && state.revokedAt === undefined;
