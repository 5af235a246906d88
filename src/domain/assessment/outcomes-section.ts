import { actionDeductions } from './action-deductions';
import { overdueDeductions, rateDeduction } from './hazard-deductions';
import { problemDeductions } from './problem-deductions';
import { findingDeductions, incidentDeductions, indicatorDeductions } from './incident-deductions';
import type {
  AccountabilityActionFact,
  AssessedUnitFact,
  IncidentFact,
  MisreportingFindingFact,
  ProblemFact,
} from './facts';
import type { HazardsAt } from './hazard-status';
import { sum, uniqueRefs } from './points';
import type { ControlIndicatorResult, ExplanationItem } from './result';
import type { AssessmentScheme } from './scheme';

export interface OutcomeInputs {
  readonly unit: AssessedUnitFact;
  /** Incidents of the year, in `occurredAt` order. */
  readonly incidents: readonly IncidentFact[];
  readonly indicators: readonly ControlIndicatorResult[];
  /** Misreporting findings of the year. */
  readonly findings: readonly MisreportingFindingFact[];
  /** The unit's hazards at the reference: the overdue ones and the rectification rate cost. */
  readonly hazards: HazardsAt;
  /** The problems raised against the unit that are overdue at the reference. */
  readonly overdueProblems: readonly ProblemFact[];
  /** Actions decided in the window. */
  readonly actions: readonly AccountabilityActionFact[];
  readonly referenceMs: number;
}

export interface OutcomesSection {
  /** The section's points: the scheme's outcome points less the deductions, at least 0. */
  readonly points: number;
  /** Deductions (negative), then the floor adjustment (positive) if the floor was reached. */
  readonly items: readonly ExplanationItem[];
}

/**
 * Section 2 (考核结果): the scheme's outcome points less every deduction, floored at 0. When the
 * floor is reached, a positive `outcomes_floor` item names the deductions it absorbs, so that the
 * items still add up to the section.
 */
export function deductOutcomes(scheme: AssessmentScheme, inputs: OutcomeInputs): OutcomesSection {
  const { outcomes } = scheme;
  const deductions = [
    ...incidentDeductions(outcomes, inputs.incidents),
    ...indicatorDeductions(outcomes, inputs.indicators),
    ...findingDeductions(outcomes, inputs.findings),
    ...overdueDeductions(outcomes, inputs.hazards, inputs.referenceMs),
    ...rateDeduction(outcomes, inputs.hazards.rectification),
    ...problemDeductions(outcomes, inputs.overdueProblems, inputs.referenceMs),
    ...actionDeductions(outcomes, inputs.unit, inputs.actions),
  ].filter((item) => item.points !== 0 || item.markedExtensions !== undefined);
  const total = -sum(deductions.map((d) => d.points));
  if (total <= outcomes.points) {
    return { points: outcomes.points - total, items: deductions };
  }
  const floor: ExplanationItem = {
    section: 'outcomes',
    rule: 'outcomes_floor',
    label: `扣分以本部分 ${outcomes.points} 分为限（实扣 ${outcomes.points}，超出部分不计）`,
    points: total - outcomes.points,
    provisional: deductions.some((d) => d.provisional),
    events: uniqueRefs(deductions.flatMap((d) => d.events)),
  };
  return { points: 0, items: [...deductions, floor] };
}
