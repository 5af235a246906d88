import { toMs } from '../../shared/time';

export interface Removal {
  readonly removedAt: string;
  readonly reason: string;
  readonly early: boolean;
}

export interface Listing {
  readonly reason: string;
  readonly listedAt: string;
  readonly until: string;
  readonly removal: Removal | null;
}

/** Every listing of one enterprise, oldest first. */
export interface BlacklistState {
  readonly listings: readonly Listing[];
}

export const latestListing = (state: BlacklistState): Listing | undefined =>
  state.listings[state.listings.length - 1];

/** A listing holds from `listedAt` until removal or `until`, whichever comes first. */
export const listingEnd = (listing: Listing): string =>
  listing.removal && toMs(listing.removal.removedAt) < toMs(listing.until)
    ? listing.removal.removedAt
    : listing.until;

export const listingAt = (state: BlacklistState, iso: string): Listing | undefined =>
  state.listings.find((l) => toMs(l.listedAt) <= toMs(iso) && toMs(iso) < toMs(listingEnd(l)));

export const isListedAt = (state: BlacklistState, iso: string): boolean =>
  listingAt(state, iso) !== undefined;
