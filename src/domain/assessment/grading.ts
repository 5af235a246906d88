import type { AssessmentScheme, Grade } from './scheme';
import { atLeast } from './points';

/** The grade the score earns by the scheme's thresholds; a veto makes it `fail` whatever the score. */
export function gradeFor(scheme: AssessmentScheme, score: number, vetoed: boolean): Grade {
  if (vetoed) return 'fail';
  const { excellent, good, pass } = scheme.grades;
  if (atLeast(score, excellent)) return 'excellent';
  if (atLeast(score, good)) return 'good';
  if (atLeast(score, pass)) return 'pass';
  return 'fail';
}

/** 黄牌警告: not vetoed and `from` ≤ score < `below`. */
export function isYellowCard(scheme: AssessmentScheme, score: number, vetoed: boolean): boolean {
  const { from, below } = scheme.yellowCard;
  return !vetoed && atLeast(score, from) && !atLeast(score, below);
}
