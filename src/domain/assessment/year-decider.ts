import type { Decider } from '../shared/decider';
import { ruleViolation, stateConflict } from '../shared/errors';
import { yearWindow } from '../shared/time';
import { requireNotFuture, requireYear } from '../units/guards';
import type { AssessmentYearCommand } from './commands';
import type { AssessmentYearEvent } from './events';

export const assessmentYearStreamId = (year: number): string => `assessmentyear-${year}`;

export interface AssessmentYearState {
  readonly finalizedAt: string | null;
}

export const isFinalized = (state: AssessmentYearState): boolean => state.finalizedAt !== null;

export const assessmentYearDecider: Decider<
  AssessmentYearCommand,
  AssessmentYearEvent,
  AssessmentYearState
> = {
  initialState: () => ({ finalizedAt: null }),
  evolve: (_state, event) => ({ finalizedAt: event.data.finalizedAt }),
  decide(command, state) {
    const year = requireYear(command.year);
    if (isFinalized(state)) {
      throw stateConflict('already_finalized', `the assessment of ${year} is already finalised`);
    }
    const ms = requireNotFuture(command.finalizedAt, command.now, 'finalizedAt');
    if (ms < yearWindow(year).startMs) {
      throw ruleViolation(
        'finalized_before_year',
        `finalizedAt is before the start of ${year} (CST)`,
        'finalizedAt',
      );
    }
    return [{ type: 'AssessmentYearFinalized', data: { year, finalizedAt: command.finalizedAt } }];
  },
};
