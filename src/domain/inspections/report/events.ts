import type { DomainEvent } from '../../shared/decider';

export type ReportReceived = DomainEvent<
  'ReportReceived',
  { id: string; subjectUnitId: string; receivedAt: string; content: string; anonymous: boolean }
>;

export type ReportVerified = DomainEvent<
  'ReportVerified',
  {
    substantiated: boolean;
    verifiedAt: string;
    hazardIds?: string[];
    penaltyIds?: string[];
    rewardYuan?: number;
  }
>;

export type ReportClosed = DomainEvent<'ReportClosed', { closedAt: string }>;

export type ReportEvent = ReportReceived | ReportVerified | ReportClosed;
