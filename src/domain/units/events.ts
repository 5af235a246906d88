import type { DomainEvent } from '../shared/decider';
import type { Post } from './codes';
import type { UnitProfile, UnitStatistics } from './state';

export type UnitRegistered = DomainEvent<'UnitRegistered', UnitProfile>;

export type PersonAppointed = DomainEvent<
  'PersonAppointed',
  { unitId: string; personId: string; personName: string; post: Post; from: string }
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
