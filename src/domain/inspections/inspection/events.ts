import type { DomainEvent } from '../../shared/decider';
import type { HazardLevel } from '../hazard/levels';
import type { InspectionKind } from './kinds';

export interface InspectionFinding {
  hazardId: string;
  level: HazardLevel;
  description: string;
  deadline: string;
}

export type InspectionConducted = DomainEvent<
  'InspectionConducted',
  {
    id: string;
    inspectedUnitId: string;
    inspectingUnitId: string;
    kind: InspectionKind;
    conductedAt: string;
    inspectors: string[];
    findings: InspectionFinding[];
  }
>;

export type InspectionEvent = InspectionConducted;

export type Inspection = InspectionConducted['data'];

/** `null` until the inspection is recorded. */
export type InspectionState = Inspection | null;
