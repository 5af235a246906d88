import type { UnitStatistics } from './state';

export interface RegisterUnit {
  readonly type: 'RegisterUnit';
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly parentId?: string;
  readonly industry?: string;
  readonly regulatedIndustries?: readonly string[];
  readonly establishedAt?: string;
  readonly now: string;
}

export interface AppointPerson {
  readonly type: 'AppointPerson';
  readonly personId: string;
  readonly personName: string;
  readonly post: string;
  readonly from: string;
  readonly portfolioIndustries?: readonly string[];
  readonly now: string;
}

export interface EndAppointment {
  readonly type: 'EndAppointment';
  readonly personId: string;
  readonly post: string;
  readonly to: string;
  readonly now: string;
}

export interface RecordUnitStatistics extends UnitStatistics {
  readonly type: 'RecordUnitStatistics';
  readonly year: number;
  readonly now: string;
}

export type UnitCommand = RegisterUnit | AppointPerson | EndAppointment | RecordUnitStatistics;
