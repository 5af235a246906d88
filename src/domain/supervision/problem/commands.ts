import type { PatrolKind } from '../codes';

/** What the handler knows of the (existing) patrol a problem is raised by. */
export interface PatrolFacts {
  readonly id: string;
  readonly kind: PatrolKind;
  readonly leadUnitId: string;
  readonly targetUnitIds: readonly string[];
  readonly from: string;
}

export interface RaiseProblem {
  readonly type: 'RaiseProblem';
  readonly id: string;
  readonly patrol: PatrolFacts;
  readonly targetUnitId: string;
  readonly duty: string;
  readonly description: string;
  readonly raisedAt: string;
  readonly deadline: string;
  readonly now: string;
}

export interface RectifyProblem {
  readonly type: 'RectifyProblem';
  readonly rectifiedAt: string;
  readonly evidence: string;
  readonly now: string;
}

export interface VerifyProblemRectification {
  readonly type: 'VerifyProblemRectification';
  readonly passed: boolean;
  readonly verifiedAt: string;
  readonly verifier: string;
  readonly note?: string;
  readonly now: string;
}

export interface ExtendProblemDeadline {
  readonly type: 'ExtendProblemDeadline';
  readonly deadline: string;
  readonly reason: string;
  /** Defaults to `now`. */
  readonly extendedAt?: string;
  readonly now: string;
}

export type ProblemCommand =
  RaiseProblem | RectifyProblem | VerifyProblemRectification | ExtendProblemDeadline;
