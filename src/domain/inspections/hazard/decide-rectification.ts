import { ruleViolation } from '../../shared/errors';
import { toMs } from '../../shared/time';
import { requirePastTimeFrom } from '../guards';
import type { RectifyHazard } from './commands';
import type { HazardEvent } from './events';
import { requirePendingRectification } from './guards';
import { latestRectification, type Hazard, type HazardState } from './state';

/** A major hazard needs its plan (五落实) first; a retry follows the failed verification. */
export function decideRectification(command: RectifyHazard, state: HazardState): HazardEvent[] {
  const hazard = requirePendingRectification(state);
  if (hazard.level === 'major' && !hazard.plan) {
    throw ruleViolation(
      'plan_required',
      'a major hazard needs a rectification plan (五落实) before rectification',
    );
  }
  const rectifiedMs = requirePastTimeFrom(
    command.rectifiedAt,
    hazard.identifiedAt,
    command.now,
    'rectifiedAt',
    'rectified_before_identification',
  );
  const failedAt = lastFailedVerificationAt(hazard);
  if (failedAt && rectifiedMs < toMs(failedAt)) {
    throw ruleViolation(
      'rectified_before_failed_verification',
      `rectifiedAt is before the failed verification of ${failedAt}`,
      'rectifiedAt',
    );
  }
  return [
    {
      type: 'HazardRectified',
      data: {
        rectifiedAt: command.rectifiedAt,
        ...(command.note !== undefined && { note: command.note }),
      },
    },
  ];
}

const lastFailedVerificationAt = (hazard: Hazard): string | undefined =>
  latestRectification(hazard)?.verification?.verifiedAt;
