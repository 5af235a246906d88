import type { DomainEvent } from '../../shared/decider';
import type { DutyArea, PatrolKind } from '../codes';

/** Raised by a patrol against one of its target units; carries the patrol's kind and lead unit. */
export type ProblemRaised = DomainEvent<
  'ProblemRaised',
  {
    id: string;
    patrolId: string;
    patrolKind: PatrolKind;
    leadUnitId: string;
    targetUnitId: string;
    duty: DutyArea;
    description: string;
    raisedAt: string;
    deadline: string;
  }
>;

export type ProblemRectified = DomainEvent<
  'ProblemRectified',
  { rectifiedAt: string; evidence: string }
>;

/** `rectifiedAt` names the rectification verified; a failed one returns the problem to `open`. */
export type ProblemVerified = DomainEvent<
  'ProblemVerified',
  { passed: boolean; verifiedAt: string; verifier: string; note?: string; rectifiedAt: string }
>;

/** `backdated`: recorded more than a day after `extendedAt` (as for hazards). */
export type ProblemDeadlineExtended = DomainEvent<
  'ProblemDeadlineExtended',
  {
    previousDeadline: string;
    deadline: string;
    reason: string;
    extendedAt: string;
    backdated: boolean;
  }
>;

export type ProblemEvent =
  ProblemRaised | ProblemRectified | ProblemVerified | ProblemDeadlineExtended;
