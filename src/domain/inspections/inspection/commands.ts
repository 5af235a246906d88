/** A finding as submitted: the handler assigns missing hazard ids (see `assignHazardIds`). */
export interface FindingInput {
  readonly hazardId?: string;
  readonly level: string;
  readonly description: string;
  readonly deadline: string;
}

export interface InspectionFindingInput extends FindingInput {
  readonly hazardId: string;
}

export interface ConductInspection {
  readonly type: 'ConductInspection';
  readonly id: string;
  readonly inspectedUnitId: string;
  readonly inspectingUnitId: string;
  readonly kind: string;
  readonly conductedAt: string;
  readonly inspectors: readonly string[];
  readonly findings: readonly InspectionFindingInput[];
  readonly now: string;
}

export type InspectionCommand = ConductInspection;
