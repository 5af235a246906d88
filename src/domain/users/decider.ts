import type { Decider } from '../shared/decider';
import { notFound, ruleViolation, stateConflict } from '../shared/errors';
import { requireText } from '../units/guards';
import type { RegisterUser, RevokeUser, UserCommand } from './commands';
import type { UserEvent, UserRegistered, UserRevoked } from './events';
import { isRole } from './roles';
import { decideReissue, decideTokenRevocation } from './decide-token';
import type { UserState } from './state';
import { isReservedUserId } from './system-actors';

export const userStreamId = (id: string): string => `user-${id}`;

function decideRegistration(command: RegisterUser, state: UserState): UserRegistered[] {
  if (state) throw stateConflict('already_exists', `user ${state.id} already exists`);
  requireText(command.id, 'id');
  if (isReservedUserId(command.id)) {
    throw ruleViolation('reserved_user_id', `${command.id} is reserved for the system`, 'id');
  }
  requireText(command.name, 'name');
  requireText(command.scopeUnitId, 'scopeUnitId');
  requireText(command.tokenHash, 'tokenHash');
  if (!isRole(command.role)) {
    throw ruleViolation('invalid_role', `role ${command.role} is not a role`, 'role');
  }
  const { id, name, role, scopeUnitId, tokenHash } = command;
  return [{ type: 'UserRegistered', data: { id, name, role, scopeUnitId, tokenHash } }];
}

function decideRevocation(command: RevokeUser, state: UserState): UserRevoked[] {
  if (!state) throw notFound('user_not_found', 'user not found');
  if (state.revokedAt !== undefined) {
    throw stateConflict('already_revoked', `user ${state.id} was revoked at ${state.revokedAt}`);
  }
  const reason = command.reason === undefined ? {} : { reason: command.reason };
  return [{ type: 'UserRevoked', data: { id: state.id, revokedAt: command.now, ...reason } }];
}

function evolve(state: UserState, event: UserEvent): UserState {
  if (event.type === 'UserRegistered') return { ...event.data };
  if (!state) return state;
  switch (event.type) {
    case 'UserRevoked': {
      const { revokedAt, reason } = event.data;
      return { ...state, revokedAt, ...(reason === undefined ? {} : { revocationReason: reason }) };
    }
    case 'UserTokenReissued': {
      const { tokenRevokedAt: _revoked, ...current } = state;
      return { ...current, tokenHash: event.data.tokenHash };
    }
    case 'UserTokenRevoked':
      return { ...state, tokenRevokedAt: event.data.revokedAt };
  }
}

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  initialState: () => null,
  evolve,
  decide(command, state) {
    switch (command.type) {
      case 'RegisterUser':
        return decideRegistration(command, state);
      case 'RevokeUser':
        return decideRevocation(command, state);
      case 'ReissueUserToken':
        return decideReissue(command, state);
      case 'RevokeUserToken':
        return decideTokenRevocation(command, state);
    }
  },
};
