import type { Inspection } from './events';

export interface InspectionView extends Inspection {
  hazardIds: string[];
}

export const toInspectionView = (inspection: Inspection): InspectionView => ({
  ...inspection,
  inspectors: [...inspection.inspectors],
  findings: inspection.findings.map((f) => ({ ...f })),
  hazardIds: inspection.findings.map((f) => f.hazardId),
});
