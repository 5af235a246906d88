/** What the handler knows of the (existing) unit or enterprise the hazard belongs to. */
export interface HazardUnitFacts {
  readonly id: string;
  readonly kind: string;
  readonly industry?: string;
  readonly parentId?: string;
}

/** Where a hazard was found: exactly one of the two. */
export interface HazardSource {
  readonly inspectionId?: string;
  readonly reportId?: string;
}

export interface IdentifyHazard {
  readonly type: 'IdentifyHazard';
  readonly id: string;
  readonly unitId: string;
  readonly level: string;
  readonly description: string;
  readonly identifiedAt: string;
  readonly deadline: string;
  readonly source?: HazardSource;
  readonly unit: HazardUnitFacts;
  /** 挂牌督办 unit of a major hazard; defaults to the unit's parent, else the unit itself. */
  readonly supervisingUnitId?: string;
  readonly now: string;
}

/** 五落实: the five are optional here so that each missing one is reported by the domain. */
export interface PlanHazardRectification {
  readonly type: 'PlanHazardRectification';
  readonly measures?: string;
  readonly fundsYuan?: number;
  readonly deadline?: string;
  readonly responsiblePerson?: string;
  readonly contingencyPlan?: string;
  /** Defaults to `now`. */
  readonly plannedAt?: string;
  readonly now: string;
}

export interface ExtendHazardDeadline {
  readonly type: 'ExtendHazardDeadline';
  readonly deadline: string;
  readonly reason: string;
  /** Defaults to `now`. */
  readonly extendedAt?: string;
  readonly now: string;
}

export interface RectifyHazard {
  readonly type: 'RectifyHazard';
  readonly rectifiedAt: string;
  readonly note?: string;
  readonly now: string;
}

export interface VerifyHazardRectification {
  readonly type: 'VerifyHazardRectification';
  readonly passed: boolean;
  readonly verifiedAt: string;
  readonly verifier: string;
  readonly note?: string;
  readonly now: string;
}

export type HazardCommand =
  | IdentifyHazard
  | PlanHazardRectification
  | ExtendHazardDeadline
  | RectifyHazard
  | VerifyHazardRectification;
