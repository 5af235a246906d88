import { ruleViolation, stateConflict } from '../../shared/errors';
import { toMs } from '../../shared/time';
import { requirePastTimeFrom, requireText } from '../guards';
import type { RemoveFromBlacklist } from './commands';
import type { BlacklistEvent } from './events';
import { earliestEarlyRemoval } from './rules';
import { latestListing, type BlacklistState } from './state';

/**
 * Removes the latest listing: early (before `until`) only from 12 months after listing.
 * An enterprise never listed, or whose latest listing was already removed, is a 409 `not_listed`.
 */
export function decideRemoval(
  command: RemoveFromBlacklist,
  state: BlacklistState,
): BlacklistEvent[] {
  const listing = latestListing(state);
  if (!listing || listing.removal) {
    throw stateConflict('not_listed', 'the enterprise is not on the blacklist');
  }
  requireText(command.reason, 'reason');
  const removedMs = requirePastTimeFrom(
    command.removedAt,
    listing.listedAt,
    command.now,
    'removedAt',
    'removed_before_listing',
  );
  const early = removedMs < toMs(listing.until);
  const allowedFrom = earliestEarlyRemoval(listing.listedAt);
  if (early && removedMs < toMs(allowedFrom)) {
    throw ruleViolation(
      'removal_too_early',
      `early removal is possible from ${allowedFrom} (12 months after listing)`,
      'removedAt',
    );
  }
  return [
    {
      type: 'EnterpriseRemovedFromBlacklist',
      data: {
        enterpriseId: command.enterpriseId,
        removedAt: command.removedAt,
        reason: command.reason,
        early,
      },
    },
  ];
}
