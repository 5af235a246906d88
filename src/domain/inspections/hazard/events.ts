import type { DomainEvent } from '../../shared/decider';
import type { HazardSource } from './commands';
import type { HazardLevel } from './levels';

export type HazardIdentified = DomainEvent<
  'HazardIdentified',
  {
    id: string;
    unitId: string;
    level: HazardLevel;
    description: string;
    identifiedAt: string;
    deadline: string;
    source?: HazardSource;
  }
>;

/** 挂牌督办: emitted with the identification of every major hazard. */
export type HazardListedForSupervision = DomainEvent<
  'HazardListedForSupervision',
  { supervisingUnitId: string; listedAt: string }
>;

/** 五落实: measures, funds, deadline, responsible person, contingency plan. */
export type HazardRectificationPlanned = DomainEvent<
  'HazardRectificationPlanned',
  {
    measures: string;
    fundsYuan: number;
    deadline: string;
    responsiblePerson: string;
    contingencyPlan: string;
    plannedAt: string;
  }
>;

/**
 * `backdated`: recorded more than a day after `extendedAt`. `late` only on extensions the
 * previous release accepted after `previousDeadline` had passed (raised by an upcaster): they
 * still extend, and are shown as such.
 */
export type HazardDeadlineExtended = DomainEvent<
  'HazardDeadlineExtended',
  {
    previousDeadline: string;
    deadline: string;
    reason: string;
    extendedAt: string;
    backdated: boolean;
    late?: true;
  }
>;

export type HazardRectified = DomainEvent<
  'HazardRectified',
  { rectifiedAt: string; note?: string }
>;

/** `rectifiedAt` names the rectification verified; a failed one returns the hazard to `identified`. */
export type HazardVerified = DomainEvent<
  'HazardVerified',
  { passed: boolean; verifiedAt: string; verifier: string; note?: string; rectifiedAt: string }
>;

/** 销号: emitted with the passed verification of a major hazard. */
export type HazardDelisted = DomainEvent<
  'HazardDelisted',
  { supervisingUnitId: string; delistedAt: string }
>;

export type HazardEvent =
  | HazardIdentified
  | HazardListedForSupervision
  | HazardRectificationPlanned
  | HazardDeadlineExtended
  | HazardRectified
  | HazardVerified
  | HazardDelisted;
