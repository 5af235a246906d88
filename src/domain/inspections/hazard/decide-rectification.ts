import { ruleViolation } from '../../shared/errors';
import { requireAfterFailedVerification } from '../../shared/rectification';
import { requirePastTimeFrom } from '../guards';
import type { RectifyHazard } from './commands';
import type { HazardEvent } from './events';
import { requirePendingRectification } from './guards';
import type { HazardState } from './state';

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
  requireAfterFailedVerification(hazard, rectifiedMs);
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
