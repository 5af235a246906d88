import { labelOf } from '../../shared/labels';
import type { Inspection, InspectionFinding } from './events';

/** A finding of the inspection: the hazard it recorded. */
export interface InspectionFindingView extends InspectionFinding {
  /** 一般隐患 / 重大隐患. */
  levelLabel: string;
}

/** `GET /inspections/:id` and each item of `GET /inspections`. */
export interface InspectionView extends Omit<Inspection, 'findings'> {
  /** 检查类型, in Chinese. */
  kindLabel: string;
  findings: InspectionFindingView[];
  /** The hazards recorded, one per finding. */
  hazardIds: string[];
}

export const toInspectionView = (inspection: Inspection): InspectionView => ({
  ...inspection,
  kindLabel: labelOf('inspectionKind', inspection.kind),
  inspectors: [...inspection.inspectors],
  findings: inspection.findings.map((f) => ({ ...f, levelLabel: labelOf('hazardLevel', f.level) })),
  hazardIds: inspection.findings.map((f) => f.hazardId),
});
