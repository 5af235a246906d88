import { ruleViolation, stateConflict } from '../../shared/errors';
import { toMs } from '../../shared/time';
import { requireEnterprise, requireNotFuture, requireText, requireTime } from '../guards';
import type { BlacklistEnterprise } from './commands';
import type { BlacklistEvent } from './events';
import { defaultListingUntil } from './rules';
import { latestListing, type BlacklistState } from './state';

/** Listed for 3 years by default; listed again only once the previous listing has ended. */
export function decideListing(
  command: BlacklistEnterprise,
  state: BlacklistState,
): BlacklistEvent[] {
  requireEnterprise(command.enterprise, command.enterpriseId);
  requireText(command.reason, 'reason');
  const listedMs = requireNotFuture(command.listedAt, command.now, 'listedAt');
  const until = command.until ?? defaultListingUntil(command.listedAt);
  if (requireTime(until, 'until') <= listedMs) {
    throw ruleViolation('until_not_after_listing', 'until must be after listedAt', 'until');
  }
  requirePreviousEnded(state, listedMs);
  return [
    {
      type: 'EnterpriseBlacklisted',
      data: {
        enterpriseId: command.enterpriseId,
        reason: command.reason,
        listedAt: command.listedAt,
        until,
      },
    },
  ];
}

function requirePreviousEnded(state: BlacklistState, listedMs: number): void {
  const previous = latestListing(state);
  if (!previous) return;
  if (!previous.removal) {
    if (listedMs < toMs(previous.until)) {
      throw stateConflict('already_listed', `the enterprise is listed until ${previous.until}`);
    }
    return;
  }
  if (listedMs < toMs(previous.removal.removedAt)) {
    throw ruleViolation(
      'listed_before_previous_removal',
      `listedAt is before the previous removal at ${previous.removal.removedAt}`,
      'listedAt',
    );
  }
}
