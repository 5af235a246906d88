import { addCstMonths } from '../../shared/time';

export const DEFAULT_LISTING_MONTHS = 36;
export const MIN_MONTHS_BEFORE_EARLY_REMOVAL = 12;

export const defaultListingUntil = (listedAt: string): string =>
  addCstMonths(listedAt, DEFAULT_LISTING_MONTHS);

export const earliestEarlyRemoval = (listedAt: string): string =>
  addCstMonths(listedAt, MIN_MONTHS_BEFORE_EARLY_REMOVAL);
