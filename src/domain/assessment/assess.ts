import { toMs, yearWindow } from '../shared/time';
import { scoreBonus } from './bonus';
import { promotionBars } from './consequences';
import { checkControlIndicators } from './control-indicators';
import type { AssessmentFacts } from './facts';
import { gradeFor, isYellowCard } from './grading';
import { hazardsAt } from './hazard-status';
import { escalationCandidates } from './escalation/candidates';
import { deductOutcomes } from './outcomes-section';
import { overdueProblems } from './problem-deductions';
import { referenceDate } from './reference-date';
import type { AssessmentResult } from './result';
import type { AssessmentScheme } from './scheme';
import { scoreTasks } from './tasks-section';
import { findVetoes } from './veto';
import { yearFacts } from './year-facts';

/**
 * The year's assessment of one unit (DOMAIN "Assessment"), computed from facts at read time.
 * Pure: `readingTime` is now or the `asOf` time; the reference date for overdue hazards and rates
 * is the end of the CST window or the reading time if earlier. Points are exact (see
 * `roundForDisplay`). A unit without an active agreement is answered with `assessed: false`, no
 * tasks and no control indicators; its outcomes, bonus and vetoes are still computed.
 */
export function assess(
  scheme: AssessmentScheme,
  facts: AssessmentFacts,
  readingTime: string,
): AssessmentResult {
  const reference = referenceDate(facts.year, readingTime);
  const referenceMs = toMs(reference);
  const { incidents, findings, actions } = yearFacts(facts);
  const window = yearWindow(facts.year);
  const hazards = hazardsAt(facts.hazards, window, referenceMs);
  const agreement = facts.agreement;

  const { rectification, overdue } = hazards;
  const indicators = checkControlIndicators(
    agreement?.controlIndicators ?? {},
    incidents,
    facts.statistics,
  );
  const tasks = scoreTasks(agreement, facts.taskScores, facts.metrics, rectification);
  const outcomes = deductOutcomes(scheme, {
    unit: facts.unit,
    incidents,
    indicators,
    findings,
    hazards,
    overdueProblems: overdueProblems(facts.problems ?? [], window.endMs, referenceMs),
    actions,
    referenceMs,
  });
  const bonus = scoreBonus(scheme, facts.commendations);
  const score = tasks.points + outcomes.points + bonus.points;

  const vetoes = findVetoes(scheme, {
    unitId: facts.unit.id,
    kind: facts.unit.kind,
    incidents,
    indicators,
    findings,
  });
  const vetoed = vetoes.length > 0;

  return {
    unitId: facts.unit.id,
    unitName: facts.unit.name,
    unitKind: facts.unit.kind,
    year: facts.year,
    assessed: agreement !== null,
    agreementId: agreement?.id ?? null,
    referenceDate: reference,
    finalized: facts.finalization !== null,
    score,
    grade: gradeFor(scheme, score, vetoed),
    vetoed,
    vetoReasons: vetoes.map((v) => v.reason),
    yellowCard: isYellowCard(scheme, score, vetoed),
    sections: { tasks: tasks.points, outcomes: outcomes.points, bonus: bonus.points },
    items: [...tasks.items, ...outcomes.items, ...bonus.items],
    unscoredTasks: tasks.unscored,
    rectificationRate: {
      identified: rectification.identified,
      rectified: rectification.rectified,
      rate: rectification.rate,
      overdueMajor: overdue.filter((h) => h.level === 'major').length,
      overdueGeneral: overdue.filter((h) => h.level === 'general').length,
    },
    promotionBars: vetoed ? promotionBars(facts, vetoes) : [],
    awardDisqualified: vetoed,
    controlIndicators: indicators,
    escalations: escalationCandidates(facts, referenceMs),
  };
}
