import type { HazardSource } from './commands';
import type { HazardLevel } from './levels';

/** `rectified` awaits verification; `verified` passed (and, for a major hazard, is delisted). */
export const HAZARD_STATUSES = ['identified', 'rectified', 'verified'] as const;

export type HazardStatus = (typeof HAZARD_STATUSES)[number];

export interface RectificationPlan {
  readonly measures: string;
  readonly fundsYuan: number;
  readonly deadline: string;
  readonly responsiblePerson: string;
  readonly contingencyPlan: string;
  readonly plannedAt: string;
}

export interface Supervision {
  readonly supervisingUnitId: string;
  readonly listedAt: string;
  readonly delistedAt?: string;
}

export interface DeadlineExtension {
  readonly previousDeadline: string;
  readonly deadline: string;
  readonly reason: string;
  readonly extendedAt: string;
  /** Recorded more than a day after `extendedAt`. */
  readonly backdated: boolean;
  /** Accepted by the previous release after the deadline it extended had passed. */
  readonly late?: true;
}

export interface HazardVerification {
  readonly passed: boolean;
  readonly verifiedAt: string;
  readonly verifier: string;
  readonly note?: string;
}

/** One rectification attempt and the verification that judged it, if any. */
export interface HazardRectification {
  readonly rectifiedAt: string;
  readonly note?: string;
  readonly verification: HazardVerification | null;
}

export interface Hazard {
  readonly id: string;
  readonly unitId: string;
  readonly level: HazardLevel;
  readonly description: string;
  readonly identifiedAt: string;
  readonly initialDeadline: string;
  /** The deadline in force now (after every extension). */
  readonly deadline: string;
  readonly source?: HazardSource;
  readonly status: HazardStatus;
  readonly plan: RectificationPlan | null;
  readonly supervision: Supervision | null;
  /** Oldest first; every attempt but the latest failed its verification. */
  readonly rectifications: readonly HazardRectification[];
  readonly extensions: readonly DeadlineExtension[];
}

/** `null` until the hazard is identified. */
export type HazardState = Hazard | null;

export const latestRectification = (hazard: Hazard): HazardRectification | undefined =>
  hazard.rectifications[hazard.rectifications.length - 1];

/** The rectification awaiting verification or passed; none while rectification is pending. */
export const currentRectification = (hazard: Hazard): HazardRectification | undefined =>
  hazard.status === 'identified' ? undefined : latestRectification(hazard);
