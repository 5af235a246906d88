export interface ReceiveReport {
  readonly type: 'ReceiveReport';
  readonly id: string;
  readonly subjectUnitId: string;
  readonly receivedAt: string;
  readonly content: string;
  readonly anonymous: boolean;
  readonly now: string;
}

/** Linked hazards and penalties and a reward only when substantiated. */
export interface VerifyReport {
  readonly type: 'VerifyReport';
  readonly substantiated: boolean;
  readonly verifiedAt: string;
  readonly hazardIds?: readonly string[];
  readonly penaltyIds?: readonly string[];
  readonly rewardYuan?: number;
  readonly now: string;
}

export interface CloseReport {
  readonly type: 'CloseReport';
  /** Defaults to `now`. */
  readonly closedAt?: string;
  readonly now: string;
}

export type ReportCommand = ReceiveReport | VerifyReport | CloseReport;
