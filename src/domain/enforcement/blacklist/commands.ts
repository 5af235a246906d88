import type { TargetUnitFacts } from '../guards';

export interface BlacklistEnterprise {
  readonly type: 'BlacklistEnterprise';
  readonly enterpriseId: string;
  readonly reason: string;
  readonly listedAt: string;
  /** Defaults to 3 years (36 months in CST) after `listedAt`. */
  readonly until?: string;
  /** The target unit as loaded by the handler. */
  readonly enterprise: TargetUnitFacts;
  readonly now: string;
}

export interface RemoveFromBlacklist {
  readonly type: 'RemoveFromBlacklist';
  readonly enterpriseId: string;
  readonly removedAt: string;
  readonly reason: string;
  readonly now: string;
}

export type BlacklistCommand = BlacklistEnterprise | RemoveFromBlacklist;
