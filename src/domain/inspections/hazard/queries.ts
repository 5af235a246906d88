import { toMs } from '../../shared/time';
import type { DeadlineExtension, Hazard, HazardRectification, HazardState } from './state';

const atOrBefore = (iso: string, referenceMs: number): boolean => toMs(iso) <= referenceMs;

/** The deadline in force at the reference: extensions granted after it do not count yet. */
export function deadlineAt(hazard: Hazard, referenceIso: string): string {
  return extensionInForce(hazard, referenceIso)?.deadline ?? hazard.initialDeadline;
}

/** The extension the deadline in force at the reference comes from; none: the initial deadline. */
export function extensionInForce(
  hazard: Hazard,
  referenceIso: string,
): DeadlineExtension | undefined {
  const referenceMs = toMs(referenceIso);
  return hazard.extensions
    .filter((e) => atOrBefore(e.extendedAt, referenceMs))
    .reduce<DeadlineExtension | undefined>(
      (found, e) =>
        toMs(e.deadline) > toMs(found?.deadline ?? hazard.initialDeadline) ? e : found,
      undefined,
    );
}

/**
 * Rectified for the rectification rate at the reference: a general hazard once rectified and
 * not failed by a verification made by then; a major one only once verified passed by then.
 */
export function countsAsRectified(state: HazardState, referenceIso: string): boolean {
  if (!state) return false;
  const referenceMs = toMs(referenceIso);
  return state.rectifications.some((r) =>
    state.level === 'major'
      ? verdictBy(r, referenceMs) === true
      : atOrBefore(r.rectifiedAt, referenceMs) && verdictBy(r, referenceMs) !== false,
  );
}

/** The outcome of the verification of `r` if it was made by the reference. */
const verdictBy = (r: HazardRectification, referenceMs: number): boolean | undefined =>
  r.verification && atOrBefore(r.verification.verifiedAt, referenceMs)
    ? r.verification.passed
    : undefined;

/** Not rectified (as in the rate) and the deadline in force passed: exactly at it is not overdue. */
export function isOverdue(state: HazardState, referenceIso: string): boolean {
  if (!state || countsAsRectified(state, referenceIso)) return false;
  return toMs(deadlineAt(state, referenceIso)) < toMs(referenceIso);
}

/** 挂牌督办 in force at the reference: listed by then and not yet delisted. */
export function isUnderSupervision(state: HazardState, referenceIso: string): boolean {
  const supervision = state?.supervision;
  if (!supervision) return false;
  const referenceMs = toMs(referenceIso);
  const delisted =
    supervision.delistedAt !== undefined && atOrBefore(supervision.delistedAt, referenceMs);
  return atOrBefore(supervision.listedAt, referenceMs) && !delisted;
}
