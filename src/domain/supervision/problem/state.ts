import { latestRectification } from '../../shared/rectification';
import type { GrantedExtension, Rectifiable, Rectification } from '../../shared/rectification';
import type { ProblemRaised } from './events';

/** `open` awaits rectification (again, after a failed verification); `verified` passed. */
export const PROBLEM_STATUSES = ['open', 'rectified', 'verified'] as const;

export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export interface ProblemRectification extends Rectification {
  readonly evidence: string;
}

export type ProblemExtension = GrantedExtension;

export interface Problem
  extends Readonly<ProblemRaised['data']>, Rectifiable<ProblemRectification, ProblemExtension> {
  readonly status: ProblemStatus;
}

/** `null` until the problem is raised. */
export type ProblemState = Problem | null;

/** The rectification awaiting verification or passed; none while the problem is open. */
export const currentRectification = (problem: Problem): ProblemRectification | undefined =>
  problem.status === 'open' ? undefined : latestRectification(problem);
