import { toMs } from '../shared/time';
import { deduction, type OutcomeRules } from './deduction';
import type { ProblemFact } from './facts';
import { capped } from './points';
import {
  atOrBefore,
  deadlineInForce,
  verdictBy,
  type DeadlineInForce,
} from './rectification-course';
import type { ExplanationItem } from './result';

/*
 * The problems patrols raised, with the semantics of `supervision/problem/queries.ts` on plain
 * facts: what happened after the reference date does not count yet.
 */

/** The deadline in force at the reference and the extension that set it (none: the initial one). */
export const problemDeadlineAt = (problem: ProblemFact, referenceMs: number): DeadlineInForce =>
  deadlineInForce(problem, referenceMs);

/** Rectified by the reference and not failed by a verification made by then. */
const rectifiedBy = (problem: ProblemFact, referenceMs: number): boolean =>
  problem.rectifications.some(
    (r) => atOrBefore(r.rectifiedAt, referenceMs) && verdictBy(r, referenceMs) !== false,
  );

/** Raised by the instant, not rectified then, past the deadline in force then. */
export const isProblemOverdueAt = (problem: ProblemFact, ms: number): boolean =>
  toMs(problem.raisedAt) <= ms &&
  !rectifiedBy(problem, ms) &&
  toMs(problemDeadlineAt(problem, ms).deadline) < ms;

/**
 * The problems overdue at the reference (in the order given): raised before the window ends and
 * by the reference (earlier years included), not rectified, past the deadline in force (exactly at
 * it is not overdue).
 */
export function overdueProblems(
  problems: readonly ProblemFact[],
  windowEndMs: number,
  referenceMs: number,
): ProblemFact[] {
  return problems.filter((p) => {
    return toMs(p.raisedAt) < windowEndMs && isProblemOverdueAt(p, referenceMs);
  });
}

/** `each` per overdue problem, at most `cap`: the raising and the extension in force of each. */
export function problemDeductions(
  outcomes: OutcomeRules,
  overdue: readonly ProblemFact[],
  referenceMs: number,
): ExplanationItem[] {
  if (overdue.length === 0) return [];
  const rate = outcomes.overdueProblem;
  const cap = rate.cap === null ? '' : `，封顶 ${rate.cap}`;
  return [
    deduction(
      'overdue_problems',
      `巡查督查发现问题逾期未整改 ${overdue.length} 项 × ${rate.each}${cap}`,
      capped(rate.each * overdue.length, rate.cap),
      overdue.flatMap((p) => {
        const extension = problemDeadlineAt(p, referenceMs).event;
        return extension ? [p.event, extension] : [p.event];
      }),
    ),
  ];
}
