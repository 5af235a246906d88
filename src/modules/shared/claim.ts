import type { ExecuteResult, LoadedAggregate } from './aggregate-executor';

/**
 * Claim, then write, with compensation: `claim` records a claim on one stream (a slot) that
 * guards the fact `write` records on another. When the write fails, a claim this call recorded
 * is released again — decided on the state the claim left, without reading the stream again —
 * and the write's error is thrown. A failed release leaves the claim for the next claim to heal.
 */
export async function claimThenWrite<S, T>(steps: {
  claim: () => Promise<ExecuteResult<S>>;
  write: () => Promise<T>;
  release: (claimed: LoadedAggregate<S>) => Promise<unknown>;
}): Promise<T> {
  const claimed = await steps.claim();
  try {
    return await steps.write();
  } catch (error) {
    if (claimed.events.length > 0) {
      await steps.release(afterClaim(claimed)).catch(() => undefined);
    }
    throw error;
  }
}

/** The claimed stream as the claim left it (its earlier events are not needed to decide a release). */
const afterClaim = <S>({ state, revision, position }: ExecuteResult<S>): LoadedAggregate<S> => ({
  state,
  exists: true,
  revision,
  position,
  events: [],
});
