export interface RegisterUser {
  readonly type: 'RegisterUser';
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly scopeUnitId: string;
  /** Hash of the token issued by the handler; the raw token never reaches the domain. */
  readonly tokenHash: string;
  readonly now: string;
}

/** Revoked at `now`. */
export interface RevokeUser {
  readonly type: 'RevokeUser';
  readonly reason?: string;
  readonly now: string;
}

export type UserCommand = RegisterUser | RevokeUser;
