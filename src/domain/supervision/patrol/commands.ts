/** 巡查、督查: the leading unit, the team's names, the target units and the period. */
export interface LaunchPatrol {
  readonly type: 'LaunchPatrol';
  readonly id: string;
  readonly kind: string;
  readonly leadUnitId: string;
  readonly team: readonly string[];
  readonly targetUnitIds: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly now: string;
}

export type PatrolCommand = LaunchPatrol;
