import type { Decider } from '../../shared/decider';
import type { HazardCommand } from './commands';
import { decideExtension } from './decide-extension';
import { decideIdentification } from './decide-identification';
import { decidePlan } from './decide-plan';
import { decideRectification } from './decide-rectification';
import { decideVerification } from './decide-verification';
import type { HazardEvent } from './events';
import { evolveHazard } from './evolve';
import type { HazardState } from './state';

export const hazardStreamId = (id: string): string => `hazard-${id}`;

export const hazardDecider: Decider<HazardCommand, HazardEvent, HazardState> = {
  initialState: () => null,
  evolve: evolveHazard,
  decide(command, state) {
    switch (command.type) {
      case 'IdentifyHazard':
        return decideIdentification(command, state);
      case 'PlanHazardRectification':
        return decidePlan(command, state);
      case 'ExtendHazardDeadline':
        return decideExtension(command, state);
      case 'RectifyHazard':
        return decideRectification(command, state);
      case 'VerifyHazardRectification':
        return decideVerification(command, state);
    }
  },
};
