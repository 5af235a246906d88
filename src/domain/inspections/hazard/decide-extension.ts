import { ruleViolation } from '../../shared/errors';
import { DAY_MS, toMs } from '../../shared/time';
import { requireExtension } from '../../shared/guards';
import { requireTime } from '../guards';
import type { ExtendHazardDeadline } from './commands';
import type { HazardEvent } from './events';
import { requireOpen } from './guards';
import type { HazardState } from './state';

/** Recorded more than this long after its `extendedAt`, an extension is marked `backdated`. */
export const BACKDATED_AFTER_MS = DAY_MS;

/**
 * Allowed until the rectification passes verification, and only while the deadline being
 * extended has not passed at `extendedAt` (exactly at it is still in time), so that an overdue
 * period can never be erased afterwards.
 */
export function decideExtension(command: ExtendHazardDeadline, state: HazardState): HazardEvent[] {
  const hazard = requireOpen(state);
  const extendedAt = requireExtension(
    command,
    hazard.identifiedAt,
    'extended_before_identification',
  );
  if (isExtendedAfterDeadline(extendedAt, hazard.deadline)) {
    throw ruleViolation(
      'deadline_passed',
      `the deadline ${hazard.deadline} had passed at ${extendedAt}; an overdue hazard cannot be extended`,
      'extendedAt',
    );
  }
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
        backdated: isBackdated(extendedAt, command.now),
      },
    },
  ];
}

/** Extended when the deadline being extended had already passed (an overdue period). */
export const isExtendedAfterDeadline = (extendedAt: string, deadline: string): boolean =>
  toMs(extendedAt) > toMs(deadline);

/** Recorded (`recordedAt`) more than a day after the time it claims (`extendedAt`). */
export const isBackdated = (extendedAt: string, recordedAt: string): boolean =>
  toMs(recordedAt) - toMs(extendedAt) > BACKDATED_AFTER_MS;
