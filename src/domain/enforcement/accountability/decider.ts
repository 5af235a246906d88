import type { Decider } from '../../shared/decider';
import { ruleViolation, stateConflict } from '../../shared/errors';
import { requireNotFuture, requireText } from '../guards';
import type { AccountabilityCommand } from './commands';
import type { AccountabilityActionDecided, AccountabilityEvent } from './events';
import { isAccountabilityForm } from './forms';

export type AccountabilityAction = Readonly<AccountabilityActionDecided['data']>;

/** `null` until the action is decided. */
export type AccountabilityState = AccountabilityAction | null;

export const accountabilityStreamId = (id: string): string => `accountability-${id}`;

export const accountabilityDecider: Decider<
  AccountabilityCommand,
  AccountabilityEvent,
  AccountabilityState
> = {
  initialState: () => null,
  evolve: (_state, event) => ({ ...event.data }),
  decide(command, state) {
    if (state) throw stateConflict('already_exists', `accountability action ${state.id} exists`);
    requireText(command.id, 'id');
    requireText(command.targetUnitId, 'targetUnitId');
    requireText(command.decidingUnitId, 'decidingUnitId');
    if (command.targetPersonId !== undefined) requireText(command.targetPersonId, 'targetPersonId');
    if (command.incidentId !== undefined) requireText(command.incidentId, 'incidentId');
    const { form } = command;
    if (!isAccountabilityForm(form)) {
      throw ruleViolation('invalid_form', `unknown form ${form}`, 'form');
    }
    requireText(command.reason, 'reason');
    requireNotFuture(command.decidedAt, command.now, 'decidedAt');
    return [
      {
        type: 'AccountabilityActionDecided',
        data: {
          id: command.id,
          ...(command.targetPersonId !== undefined && { targetPersonId: command.targetPersonId }),
          targetUnitId: command.targetUnitId,
          form,
          decidingUnitId: command.decidingUnitId,
          decidedAt: command.decidedAt,
          reason: command.reason,
          ...(command.incidentId !== undefined && { incidentId: command.incidentId }),
        },
      },
    ];
  },
};
