import { ruleViolation } from '../../shared/errors';
import { DAY_MS, toMs } from '../../shared/time';
import { requireExtension } from '../../shared/guards';
import { requireTime } from '../guards';
import type { ExtendHazardDeadline } from './commands';
import type { HazardEvent } from './events';
import { requireOpen } from './guards';
import { deadlineAt } from './queries';
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
  return [
    {
      type: 'HazardDeadlineExtended',
      data: deadlineExtension(
        'hazard',
        hazard.deadline,
        extendedAt,
        command,
        deadlineAt(hazard, extendedAt),
      ),
    },
  ];
}

/**
 * The extension rule hazards and patrol problems share: the deadline being extended — the one in
 * force at `extendedAt` — must not have passed then (exactly at it is still in time), and the new
 * one must be later than the current one. Only an extension accepted late by the previous release
 * makes the deadline in force at `extendedAt` earlier than the current one.
 */
export function deadlineExtension(
  what: string,
  current: string,
  extendedAt: string,
  command: { deadline: string; reason: string; now: string },
  inForceAtExtension = current,
) {
  if (isExtendedAfterDeadline(extendedAt, inForceAtExtension)) {
    throw ruleViolation(
      'deadline_passed',
      `the deadline ${inForceAtExtension} had passed at ${extendedAt}; an overdue ${what} cannot be extended`,
      'extendedAt',
    );
  }
  if (requireTime(command.deadline, 'deadline') <= toMs(current)) {
    throw ruleViolation(
      'deadline_not_later',
      `deadline is not later than the current deadline ${current}`,
      'deadline',
    );
  }
  return {
    previousDeadline: current,
    deadline: command.deadline,
    reason: command.reason,
    extendedAt,
    backdated: isBackdated(extendedAt, command.now),
  };
}

/** Extended when the deadline being extended had already passed (an overdue period). */
export const isExtendedAfterDeadline = (extendedAt: string, deadline: string): boolean =>
  toMs(extendedAt) > toMs(deadline);

/** Recorded (`recordedAt`) more than a day after the time it claims (`extendedAt`). */
export const isBackdated = (extendedAt: string, recordedAt: string): boolean =>
  toMs(recordedAt) - toMs(extendedAt) > BACKDATED_AFTER_MS;
