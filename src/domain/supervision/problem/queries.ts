import { toMs } from '../../shared/time';
import type { Problem, ProblemExtension, ProblemRectification } from './state';

/*
 * A problem is overdue like a general hazard (DOMAIN "Supervision by the office"): what happened
 * after the reference does not count yet.
 */

const atOrBefore = (iso: string, referenceMs: number): boolean => toMs(iso) <= referenceMs;

/** The extension the deadline in force at the reference comes from; none: the initial deadline. */
export function problemExtensionInForce(
  problem: Problem,
  referenceIso: string,
): ProblemExtension | undefined {
  const referenceMs = toMs(referenceIso);
  return problem.extensions
    .filter((e) => atOrBefore(e.extendedAt, referenceMs))
    .reduce<ProblemExtension | undefined>(
      (found, e) =>
        toMs(e.deadline) > toMs(found?.deadline ?? problem.initialDeadline) ? e : found,
      undefined,
    );
}

/** The deadline in force at the reference: extensions granted after it do not count yet. */
export const problemDeadlineAt = (problem: Problem, referenceIso: string): string =>
  problemExtensionInForce(problem, referenceIso)?.deadline ?? problem.initialDeadline;

const verdictBy = (r: ProblemRectification, referenceMs: number): boolean | undefined =>
  r.verification && atOrBefore(r.verification.verifiedAt, referenceMs)
    ? r.verification.passed
    : undefined;

/** Rectified at the reference: rectified by then and not failed by a verification made by then. */
export function problemCountsAsRectified(problem: Problem, referenceIso: string): boolean {
  const referenceMs = toMs(referenceIso);
  return problem.rectifications.some(
    (r) => atOrBefore(r.rectifiedAt, referenceMs) && verdictBy(r, referenceMs) !== false,
  );
}

/** Raised by the reference, not rectified then, and its deadline in force passed (at it is not). */
export function isProblemOverdue(problem: Problem, referenceIso: string): boolean {
  if (toMs(problem.raisedAt) > toMs(referenceIso)) return false;
  if (problemCountsAsRectified(problem, referenceIso)) return false;
  return toMs(problemDeadlineAt(problem, referenceIso)) < toMs(referenceIso);
}
