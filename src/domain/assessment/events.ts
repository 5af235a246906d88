import type { DomainEvent } from '../shared/decider';
import type { AssessmentScheme, CommendationLevel } from './scheme';

/** `version` counts the schemes published for the year, from 1. */
export type SchemePublished = DomainEvent<
  'SchemePublished',
  { year: number; scheme: AssessmentScheme; publishedAt: string; version: number }
>;

export type SchemeEvent = SchemePublished;

/** The score the office gave a task of a unit's agreement for the year. */
export interface ScoredTask {
  year: number;
  unitId: string;
  agreementId: string;
  taskCode: string;
  score: number;
  evaluatedAt: string;
  evidence: string;
}

export type TaskScored = DomainEvent<'TaskScored', ScoredTask>;

export type CommendationAwarded = DomainEvent<
  'CommendationAwarded',
  { year: number; unitId: string; level: CommendationLevel; reason: string; awardedAt: string }
>;

export type UnitYearEvent = TaskScored | CommendationAwarded;

export type AssessmentYearFinalized = DomainEvent<
  'AssessmentYearFinalized',
  { year: number; finalizedAt: string }
>;

export type AssessmentYearEvent = AssessmentYearFinalized;
