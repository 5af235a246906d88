import type { Decider } from '../../shared/decider';
import { notFound, stateConflict } from '../../shared/errors';
import { requirePastTimeFrom, requireText } from '../guards';
import type { PenaltyCommand, RevokePenalty } from './commands';
import { decidePenalty } from './decide-penalty';
import type { PenaltyEvent } from './events';
import type { PenaltyState } from './state';

export const penaltyStreamId = (id: string): string => `penalty-${id}`;

export const penaltyDecider: Decider<PenaltyCommand, PenaltyEvent, PenaltyState> = {
  initialState: () => null,
  evolve(state, event) {
    switch (event.type) {
      case 'PenaltyDecided':
        return { ...event.data, revocation: null };
      case 'PenaltyRevoked':
        return state && { ...state, revocation: event.data };
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'DecidePenalty':
        return decidePenalty(command, state);
      case 'RevokePenalty':
        return decideRevocation(command, state);
    }
  },
};

/** A revoked penalty stays in the record and stops counting; it is revoked once. */
function decideRevocation(command: RevokePenalty, state: PenaltyState): PenaltyEvent[] {
  if (!state) throw notFound('penalty_not_found', 'penalty not found');
  if (state.revocation) throw stateConflict('already_revoked', 'the penalty is already revoked');
  requireText(command.reason, 'reason');
  requirePastTimeFrom(
    command.revokedAt,
    state.decidedAt,
    command.now,
    'revokedAt',
    'revoked_before_decision',
  );
  return [
    { type: 'PenaltyRevoked', data: { reason: command.reason, revokedAt: command.revokedAt } },
  ];
}
