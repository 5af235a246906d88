import type { Industry, Post, UnitKind } from './codes';

export interface Appointment {
  readonly personId: string;
  readonly personName: string;
  readonly post: Post;
  readonly from: string;
  readonly to?: string;
  /** The industries a deputy oversees (分管领域); absent: none. */
  readonly portfolioIndustries?: readonly Industry[];
}

export interface UnitStatistics {
  readonly gdp100mYuan?: number;
  readonly industrialEmployees?: number;
  readonly motorVehicles?: number;
  readonly coalOutputMt?: number;
}

export const STATISTIC_FIELDS = [
  'gdp100mYuan',
  'industrialEmployees',
  'motorVehicles',
  'coalOutputMt',
] as const satisfies ReadonlyArray<keyof UnitStatistics>;

export interface UnitProfile {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly parentId?: string;
  readonly industry?: Industry;
  readonly regulatedIndustries?: readonly Industry[];
  readonly establishedAt?: string;
}

export interface Unit extends UnitProfile {
  /** Every appointment in the order recorded, ended ones included. */
  readonly appointments: readonly Appointment[];
  /** Latest recorded statistics per year. */
  readonly statistics: Readonly<Record<number, UnitStatistics>>;
}

/** `null` until the unit is registered. */
export type UnitState = Unit | null;
