export interface DecideAccountabilityAction {
  readonly type: 'DecideAccountabilityAction';
  readonly id: string;
  readonly targetPersonId?: string;
  readonly targetUnitId: string;
  readonly form: string;
  readonly decidingUnitId: string;
  readonly decidedAt: string;
  readonly reason: string;
  readonly incidentId?: string;
  readonly now: string;
}

export type AccountabilityCommand = DecideAccountabilityAction;
