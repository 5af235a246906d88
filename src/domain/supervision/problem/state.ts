import type { ProblemRaised } from './events';

/** `open` awaits rectification (again, after a failed verification); `verified` passed. */
export const PROBLEM_STATUSES = ['open', 'rectified', 'verified'] as const;

export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export interface ProblemVerification {
  readonly passed: boolean;
  readonly verifiedAt: string;
  readonly verifier: string;
  readonly note?: string;
}

/** One rectification attempt and the verification that judged it, if any. */
export interface ProblemRectification {
  readonly rectifiedAt: string;
  readonly evidence: string;
  readonly verification: ProblemVerification | null;
}

export interface ProblemExtension {
  readonly previousDeadline: string;
  readonly deadline: string;
  readonly reason: string;
  readonly extendedAt: string;
  readonly backdated: boolean;
}

export interface Problem extends Readonly<ProblemRaised['data']> {
  readonly initialDeadline: string;
  /** The deadline in force now (after every extension). */
  readonly deadline: string;
  readonly status: ProblemStatus;
  /** Oldest first; every attempt but the latest failed its verification. */
  readonly rectifications: readonly ProblemRectification[];
  readonly extensions: readonly ProblemExtension[];
}

/** `null` until the problem is raised. */
export type ProblemState = Problem | null;

export const latestRectification = (problem: Problem): ProblemRectification | undefined =>
  problem.rectifications[problem.rectifications.length - 1];

/** The rectification awaiting verification or passed; none while the problem is open. */
export const currentRectification = (problem: Problem): ProblemRectification | undefined =>
  problem.status === 'open' ? undefined : latestRectification(problem);
