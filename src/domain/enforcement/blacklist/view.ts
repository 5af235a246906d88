import { listingAt, type BlacklistState, type Listing } from './state';

export interface BlacklistView {
  enterpriseId: string;
  listed: boolean;
  current: Listing | null;
  history: Listing[];
}

/** `listed` and `current` are judged at `referenceIso` (the reading time). */
export function toBlacklistView(
  enterpriseId: string,
  state: BlacklistState,
  referenceIso: string,
): BlacklistView {
  const current = listingAt(state, referenceIso) ?? null;
  return { enterpriseId, listed: current !== null, current, history: [...state.listings] };
}
