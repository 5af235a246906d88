import type { DomainEvent } from '../../shared/decider';

export type EnterpriseBlacklisted = DomainEvent<
  'EnterpriseBlacklisted',
  { enterpriseId: string; reason: string; listedAt: string; until: string }
>;

export type EnterpriseRemovedFromBlacklist = DomainEvent<
  'EnterpriseRemovedFromBlacklist',
  { enterpriseId: string; removedAt: string; reason: string; early: boolean }
>;

export type BlacklistEvent = EnterpriseBlacklisted | EnterpriseRemovedFromBlacklist;
