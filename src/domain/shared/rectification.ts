import { ruleViolation } from './errors';
import { toMs } from './time';

/*
 * What a hazard (隐患) and a problem raised by a patrol (巡查督查问题) have alike: rectification
 * attempts, each judged by a verification (验收), and deadline extensions.
 */

export interface Verification {
  readonly passed: boolean;
  readonly verifiedAt: string;
  readonly verifier: string;
  readonly note?: string;
}

/** A deadline extension as granted: the deadline it replaced and the new one. */
export interface GrantedExtension {
  readonly previousDeadline: string;
  readonly deadline: string;
  readonly reason: string;
  readonly extendedAt: string;
  /** Recorded more than a day after `extendedAt`. */
  readonly backdated: boolean;
}

/** One rectification attempt and the verification that judged it, if any. */
export interface Rectification {
  readonly rectifiedAt: string;
  readonly verification: Verification | null;
}

interface Rectified<R> {
  /** Oldest first; every attempt but the latest failed its verification. */
  readonly rectifications: readonly R[];
}

/** The course of a hazard or a problem: the attempts, the extensions and the deadline they set. */
export interface Rectifiable<
  R extends Rectification,
  E extends GrantedExtension,
> extends Rectified<R> {
  readonly initialDeadline: string;
  /** The deadline in force now (after every extension). */
  readonly deadline: string;
  readonly extensions: readonly E[];
}

export const latestRectification = <R>(item: Rectified<R>): R | undefined =>
  item.rectifications[item.rectifications.length - 1];

/** A retry follows the failed verification of the latest attempt, if any. */
export function requireAfterFailedVerification(
  item: Rectified<Rectification>,
  rectifiedMs: number,
): void {
  const failedAt = latestRectification(item)?.verification?.verifiedAt;
  if (failedAt && rectifiedMs < toMs(failedAt)) {
    throw ruleViolation(
      'rectified_before_failed_verification',
      `rectifiedAt is before the failed verification of ${failedAt}`,
      'rectifiedAt',
    );
  }
}
