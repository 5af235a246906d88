import { uniqueRefs } from './points';
import type { ExplanationItem } from './result';
import type { AssessmentScheme } from './scheme';

export type OutcomeRules = AssessmentScheme['outcomes'];

/** An outcome item deducting `amount` points (shown negative). */
export const deduction = (
  rule: string,
  label: string,
  amount: number,
  events: ExplanationItem['events'],
  provisional = false,
) =>
  ({
    section: 'outcomes',
    rule,
    label,
    points: -amount,
    provisional,
    events: uniqueRefs(events),
  }) as const;
