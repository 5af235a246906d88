import { labelOf } from '../../shared/labels';
import type { HazardSource } from './commands';
import type { HazardIdentified } from './events';
import { extensionInForce, isOverdue } from './queries';
import {
  currentRectification,
  type DeadlineExtension,
  type Hazard,
  type HazardStatus,
  type RectificationPlan,
  type Supervision,
} from './state';

export interface HazardVerificationView {
  passed: boolean;
  verifiedAt: string;
  verifier: string;
  note?: string;
  rectifiedAt: string;
}

/**
 * `GET /hazards/:id` and each item of `GET /hazards`: what the identification recorded (the
 * deadline: the one in force), then the hazard's course.
 */
export interface HazardView extends Omit<HazardIdentified['data'], 'source'> {
  /** 一般隐患 / 重大隐患. */
  levelLabel: string;
  status: HazardStatus;
  /** 待整改 / 已整改待验收 / 已验收. */
  statusLabel: string;
  plan?: RectificationPlan;
  supervision?: Supervision;
  /** The rectification awaiting verification or passed; absent while rectification is pending. */
  rectifiedAt?: string;
  rectifications: Array<{ rectifiedAt: string; note?: string }>;
  verifications: HazardVerificationView[];
  extensions: DeadlineExtension[];
  source?: HazardSource;
  /** Present when a reference time (the reading time) is given. */
  overdue?: boolean;
  /** The extension the deadline (in force at the reference, else now) rests on, with its marks. */
  extensionInForce?: { extendedAt: string; deadline: string; backdated: boolean; late?: true };
}

export function toHazardView(hazard: Hazard, referenceIso?: string): HazardView {
  const current = currentRectification(hazard);
  const extension =
    referenceIso === undefined
      ? hazard.extensions[hazard.extensions.length - 1]
      : extensionInForce(hazard, referenceIso);
  return {
    id: hazard.id,
    unitId: hazard.unitId,
    level: hazard.level,
    levelLabel: labelOf('hazardLevel', hazard.level),
    description: hazard.description,
    identifiedAt: hazard.identifiedAt,
    deadline: hazard.deadline,
    status: hazard.status,
    statusLabel: labelOf('hazardStatus', hazard.status),
    ...(hazard.plan && { plan: { ...hazard.plan } }),
    ...(hazard.supervision && { supervision: { ...hazard.supervision } }),
    ...(current && { rectifiedAt: current.rectifiedAt }),
    rectifications: hazard.rectifications.map(({ verification: _v, ...r }) => ({ ...r })),
    verifications: hazard.rectifications.flatMap(({ rectifiedAt, verification }) =>
      verification ? [{ ...verification, rectifiedAt }] : [],
    ),
    extensions: hazard.extensions.map((e) => ({ ...e })),
    ...(hazard.source && { source: { ...hazard.source } }),
    ...(referenceIso !== undefined && { overdue: isOverdue(hazard, referenceIso) }),
    ...(extension && {
      extensionInForce: {
        extendedAt: extension.extendedAt,
        deadline: extension.deadline,
        backdated: extension.backdated,
        ...(extension.late && { late: extension.late }),
      },
    }),
  };
}
