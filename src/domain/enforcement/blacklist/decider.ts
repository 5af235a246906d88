import type { Decider } from '../../shared/decider';
import type { BlacklistCommand } from './commands';
import { decideListing } from './decide-listing';
import { decideRemoval } from './decide-removal';
import type { BlacklistEvent } from './events';
import type { BlacklistState, Listing } from './state';

export const blacklistStreamId = (enterpriseId: string): string => `blacklist-${enterpriseId}`;

export const blacklistDecider: Decider<BlacklistCommand, BlacklistEvent, BlacklistState> = {
  initialState: () => ({ listings: [] }),
  evolve(state, event) {
    switch (event.type) {
      case 'EnterpriseBlacklisted': {
        const { reason, listedAt, until } = event.data;
        return { listings: [...state.listings, { reason, listedAt, until, removal: null }] };
      }
      case 'EnterpriseRemovedFromBlacklist': {
        const { removedAt, reason, early } = event.data;
        return {
          listings: replaceLatest(state.listings, { removal: { removedAt, reason, early } }),
        };
      }
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'BlacklistEnterprise':
        return decideListing(command, state);
      case 'RemoveFromBlacklist':
        return decideRemoval(command, state);
    }
  },
};

function replaceLatest(listings: readonly Listing[], change: Partial<Listing>): Listing[] {
  const latest = listings[listings.length - 1];
  return latest ? [...listings.slice(0, -1), { ...latest, ...change }] : [...listings];
}
