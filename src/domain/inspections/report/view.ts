import { labelOf } from '../../shared/labels';
import type { Report, ReportStatus } from './state';

/** `GET /reports/:id` and each item of `GET /reports` (举报). */
export interface ReportView {
  id: string;
  subjectUnitId: string;
  receivedAt: string;
  content: string;
  anonymous: boolean;
  status: ReportStatus;
  /** 已受理 / 已核查 / 已办结. */
  statusLabel: string;
  verification?: {
    substantiated: boolean;
    verifiedAt: string;
    hazardIds: string[];
    penaltyIds: string[];
    rewardYuan?: number;
  };
  closedAt?: string;
}

export function toReportView(report: Report): ReportView {
  const { verification } = report;
  return {
    id: report.id,
    subjectUnitId: report.subjectUnitId,
    receivedAt: report.receivedAt,
    content: report.content,
    anonymous: report.anonymous,
    status: report.status,
    statusLabel: labelOf('reportStatus', report.status),
    ...(verification && {
      verification: {
        ...verification,
        hazardIds: [...(verification.hazardIds ?? [])],
        penaltyIds: [...(verification.penaltyIds ?? [])],
      },
    }),
    ...(report.closedAt !== null && { closedAt: report.closedAt }),
  };
}
