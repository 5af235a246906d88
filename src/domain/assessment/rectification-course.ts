import { toMs } from '../shared/time';
import type { EventRef, ExtensionFact, RectificationFact } from './facts';

/*
 * What hazards and problems share on plain facts: what happened after the reference date does not
 * count yet.
 */

export const atOrBefore = (iso: string, referenceMs: number): boolean => toMs(iso) <= referenceMs;

/** The outcome of the verification of `r` if it was made by the reference. */
export const verdictBy = (r: RectificationFact, referenceMs: number): boolean | undefined =>
  r.verification && atOrBefore(r.verification.verifiedAt, referenceMs)
    ? r.verification.passed
    : undefined;

export interface DeadlineInForce {
  readonly deadline: string;
  /** The extension that set it; none: the initial deadline. */
  readonly event?: EventRef;
}

/** The latest deadline of the extensions granted by the reference that `counts` keeps. */
export function deadlineInForce<E extends ExtensionFact>(
  fact: { readonly initialDeadline: string; readonly extensions: readonly E[] },
  referenceMs: number,
  counts: (e: E) => boolean = () => true,
): DeadlineInForce {
  return fact.extensions
    .filter((e) => atOrBefore(e.extendedAt, referenceMs) && counts(e))
    .reduce<DeadlineInForce>(
      (current, e) =>
        toMs(e.deadline) > toMs(current.deadline)
          ? { deadline: e.deadline, event: e.event }
          : current,
      { deadline: fact.initialDeadline },
    );
}
