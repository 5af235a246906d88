import type { TargetUnitFacts } from '../guards';

export interface DecidePenalty {
  readonly type: 'DecidePenalty';
  readonly id: string;
  readonly enterpriseId: string;
  readonly enforcingUnitId: string;
  readonly kind: string;
  readonly amountYuan?: number;
  readonly caseNo: string;
  readonly basis: string;
  readonly decidedAt: string;
  readonly phase: string;
  /** The target unit as loaded by the handler. */
  readonly enterprise: TargetUnitFacts;
  readonly now: string;
}

export interface RevokePenalty {
  readonly type: 'RevokePenalty';
  readonly reason: string;
  readonly revokedAt: string;
  readonly now: string;
}

export type PenaltyCommand = DecidePenalty | RevokePenalty;
