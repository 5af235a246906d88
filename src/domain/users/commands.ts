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

/** A new token for the user (its hash): the token it replaces no longer signs in. */
export interface ReissueUserToken {
  readonly type: 'ReissueUserToken';
  readonly tokenHash: string;
  readonly reason?: string;
  readonly now: string;
}

/** Revokes the user's token if it is still the one with `tokenHash` (a token seen by others). */
export interface RevokeUserToken {
  readonly type: 'RevokeUserToken';
  readonly tokenHash: string;
  readonly reason: string;
  readonly now: string;
}

export type UserCommand = RegisterUser | RevokeUser | ReissueUserToken | RevokeUserToken;
