import type { DomainEvent } from '../../shared/decider';
import type { PenaltyKind, PenaltyPhase } from './kinds';

export type PenaltyDecided = DomainEvent<
  'PenaltyDecided',
  {
    id: string;
    enterpriseId: string;
    enforcingUnitId: string;
    kind: PenaltyKind;
    amountYuan?: number;
    caseNo: string;
    basis: string;
    decidedAt: string;
    phase: PenaltyPhase;
  }
>;

export type PenaltyRevoked = DomainEvent<'PenaltyRevoked', { reason: string; revokedAt: string }>;

export type PenaltyEvent = PenaltyDecided | PenaltyRevoked;
