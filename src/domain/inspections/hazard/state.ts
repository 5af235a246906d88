import { latestRectification } from '../../shared/rectification';
import type { GrantedExtension, Rectifiable, Rectification } from '../../shared/rectification';
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

export interface DeadlineExtension extends GrantedExtension {
  /** Accepted by the previous release after the deadline it extended had passed. */
  readonly late?: true;
}

export interface HazardRectification extends Rectification {
  readonly note?: string;
}

export interface Hazard extends Rectifiable<HazardRectification, DeadlineExtension> {
  readonly id: string;
  readonly unitId: string;
  readonly level: HazardLevel;
  readonly description: string;
  readonly identifiedAt: string;
  readonly source?: HazardSource;
  readonly status: HazardStatus;
  readonly plan: RectificationPlan | null;
  readonly supervision: Supervision | null;
}

/** `null` until the hazard is identified. */
export type HazardState = Hazard | null;

/** The rectification awaiting verification or passed; none while rectification is pending. */
export const currentRectification = (hazard: Hazard): HazardRectification | undefined =>
  hazard.status === 'identified' ? undefined : latestRectification(hazard);
