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

export type UserEvent = UserRegistered | UserRevoked;
