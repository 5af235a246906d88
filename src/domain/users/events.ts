import type { DomainEvent } from '../shared/decider';
import type { Role } from './roles';

export type UserRegistered = DomainEvent<
  'UserRegistered',
  { id: string; name: string; role: Role; scopeUnitId: string; tokenHash: string }
>;

export type UserRevoked = DomainEvent<
  'UserRevoked',
  { id: string; revokedAt: string; reason?: string }
>;

export type UserTokenReissued = DomainEvent<
  'UserTokenReissued',
  { id: string; tokenHash: string; issuedAt: string; reason?: string }
>;

/** The user's token no longer signs in; the user stays, and may be issued a new one. */
export type UserTokenRevoked = DomainEvent<
  'UserTokenRevoked',
  { id: string; tokenHash: string; revokedAt: string; reason: string }
>;

export type UserEvent = UserRegistered | UserRevoked | UserTokenReissued | UserTokenRevoked;
