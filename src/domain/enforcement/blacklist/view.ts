import { listingAt, type BlacklistState, type Listing } from './state';

/**
 * An enterprise on the serious-dishonesty list (严重失信主体名单): the answer of `POST /blacklist`
 * and of its removal, and each item of `GET /blacklist`.
 */
export interface BlacklistView {
  enterpriseId: string;
  /** Whether a listing holds at the reading time (`GET /blacklist`: at its `at`). */
  listed: boolean;
  /** The listing that holds then; `null` when none does. */
  current: Listing | null;
  /** Every listing of the enterprise, oldest first, with its removal if any. */
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
