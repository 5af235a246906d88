import type { Report, ReportStatus } from './state';

export interface ReportView {
  id: string;
  subjectUnitId: string;
  receivedAt: string;
  content: string;
  anonymous: boolean;
  status: ReportStatus;
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
