import { ruleViolation } from '../../shared/errors';
import { toMs } from '../../shared/time';
import { requirePastTimeFrom, requireText, requireTime } from '../guards';
import type { ExtendHazardDeadline } from './commands';
import type { HazardEvent } from './events';
import { requireOpen } from './guards';
import type { HazardState } from './state';

/** Allowed until the rectification passes verification, also once the deadline has passed. */
export function decideExtension(command: ExtendHazardDeadline, state: HazardState): HazardEvent[] {
  const hazard = requireOpen(state);
  requireText(command.reason, 'reason');
  const extendedAt = command.extendedAt ?? command.now;
  requirePastTimeFrom(
    extendedAt,
    hazard.identifiedAt,
    command.now,
    'extendedAt',
    'extended_before_identification',
  );
  if (requireTime(command.deadline, 'deadline') <= toMs(hazard.deadline)) {
    throw ruleViolation(
      'deadline_not_later',
      `deadline is not later than the current deadline ${hazard.deadline}`,
      'deadline',
    );
  }
  return [
    {
      type: 'HazardDeadlineExtended',
      data: {
        previousDeadline: hazard.deadline,
        deadline: command.deadline,
        reason: command.reason,
        extendedAt,
      },
    },
  ];
}
