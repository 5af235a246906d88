import type { DomainEvent } from '../shared/decider';
import type { Industry, Post } from './codes';
import type { UnitProfile, UnitStatistics } from './state';

export type UnitRegistered = DomainEvent<'UnitRegistered', UnitProfile>;

/** `portfolioIndustries` only on a deputy post with a portfolio; absent: none (older events too). */
export type PersonAppointed = DomainEvent<
  'PersonAppointed',
  {
    unitId: string;
    personId: string;
    personName: string;
    post: Post;
    from: string;
    portfolioIndustries?: readonly Industry[];
  }
>;

/** `from` names which appointment ended. */
export type AppointmentEnded = DomainEvent<
  'AppointmentEnded',
  { unitId: string; personId: string; post: Post; from: string; to: string }
>;

/** Replaces any statistics recorded earlier for the year. */
export type UnitStatisticsRecorded = DomainEvent<
  'UnitStatisticsRecorded',
  UnitStatistics & { unitId: string; year: number }
>;

export type UnitEvent =
  UnitRegistered | PersonAppointed | AppointmentEnded | UnitStatisticsRecorded;
