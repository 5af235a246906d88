import type { HazardUnitFacts, IdentifyHazard } from '../hazard/commands';
import type { FindingInput, InspectionFindingInput } from './commands';
import type { Inspection } from './events';

/** Finding n (from 1) without a hazard id gets `<inspectionId>-F<n>`, so a repeat gets the same ids. */
export const assignHazardIds = (
  inspectionId: string,
  findings: readonly FindingInput[],
): InspectionFindingInput[] =>
  findings.map((f, i) => ({ ...f, hazardId: f.hazardId ?? `${inspectionId}-F${i + 1}` }));

/** One identification per finding, of the inspected unit, supervised by the inspecting unit. */
export const hazardIdentificationsOf = (
  inspection: Inspection,
  inspectedUnit: HazardUnitFacts,
  now: string,
): IdentifyHazard[] =>
  inspection.findings.map((finding) => ({
    type: 'IdentifyHazard',
    id: finding.hazardId,
    unitId: inspection.inspectedUnitId,
    level: finding.level,
    description: finding.description,
    identifiedAt: inspection.conductedAt,
    deadline: finding.deadline,
    source: { inspectionId: inspection.id },
    unit: inspectedUnit,
    supervisingUnitId: inspection.inspectingUnitId,
    now,
  }));
