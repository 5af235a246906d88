import type { ReportReceived, ReportVerified } from './events';

export const REPORT_STATUSES = ['received', 'verified', 'closed'] as const;

export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type ReportVerification = ReportVerified['data'];

export interface Report extends Readonly<ReportReceived['data']> {
  readonly status: ReportStatus;
  readonly verification: ReportVerification | null;
  readonly closedAt: string | null;
}

/** `null` until the report is received. */
export type ReportState = Report | null;
