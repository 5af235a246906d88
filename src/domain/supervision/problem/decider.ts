import type { Decider } from '../../shared/decider';
import type { ProblemCommand } from './commands';
import { decideExtension } from './decide-extension';
import { decideRaise } from './decide-raise';
import { decideRectification } from './decide-rectification';
import { decideVerification } from './decide-verification';
import type { ProblemEvent } from './events';
import { evolveProblem } from './evolve';
import type { ProblemState } from './state';

export const problemStreamId = (id: string): string => `problem-${id}`;

export const problemDecider: Decider<ProblemCommand, ProblemEvent, ProblemState> = {
  initialState: () => null,
  evolve: evolveProblem,
  decide(command, state) {
    switch (command.type) {
      case 'RaiseProblem':
        return decideRaise(command, state);
      case 'RectifyProblem':
        return decideRectification(command, state);
      case 'VerifyProblemRectification':
        return decideVerification(command, state);
      case 'ExtendProblemDeadline':
        return decideExtension(command, state);
    }
  },
};
