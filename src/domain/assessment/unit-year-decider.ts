import type { Decider } from '../shared/decider';
import type { UnitYearCommand } from './commands';
import { decideCommendation } from './decide-commendation';
import { decideTaskScore } from './decide-task-score';
import type { UnitYearEvent } from './events';
import type { CommendationLevel } from './scheme';

export const unitYearStreamId = (year: number, unitId: string): string =>
  `assessment-${year}-${unitId}`;

export interface TaskScore {
  readonly agreementId: string;
  readonly score: number;
  readonly evaluatedAt: string;
  readonly evidence: string;
}

export interface Commendation {
  readonly level: CommendationLevel;
  readonly reason: string;
  readonly awardedAt: string;
}

export interface UnitYearState {
  /** The latest score of each task, by task code. */
  readonly scores: Readonly<Record<string, TaskScore>>;
  readonly commendations: readonly Commendation[];
}

export const unitYearDecider: Decider<UnitYearCommand, UnitYearEvent, UnitYearState> = {
  initialState: () => ({ scores: {}, commendations: [] }),
  evolve(state, event) {
    switch (event.type) {
      case 'TaskScored': {
        const { taskCode, agreementId, score, evaluatedAt, evidence } = event.data;
        const scores = {
          ...state.scores,
          [taskCode]: { agreementId, score, evaluatedAt, evidence },
        };
        return { ...state, scores };
      }
      case 'CommendationAwarded': {
        const { level, reason, awardedAt } = event.data;
        return { ...state, commendations: [...state.commendations, { level, reason, awardedAt }] };
      }
    }
  },
  decide(command) {
    switch (command.type) {
      case 'ScoreTask':
        return decideTaskScore(command);
      case 'AwardCommendation':
        return decideCommendation(command);
    }
  },
};
