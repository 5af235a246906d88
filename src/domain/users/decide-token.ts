import { notFound, stateConflict } from '../shared/errors';
import { requireText } from '../units/guards';
import type { ReissueUserToken, RevokeUserToken } from './commands';
import type { UserTokenReissued, UserTokenRevoked } from './events';
import { signsIn, type UserState } from './state';

export function decideReissue(command: ReissueUserToken, state: UserState): UserTokenReissued[] {
  if (!state) throw notFound('user_not_found', 'user not found');
  if (state.revokedAt !== undefined) {
    throw stateConflict('user_revoked', `user ${state.id} was revoked at ${state.revokedAt}`);
  }
  requireText(command.tokenHash, 'tokenHash');
  const { tokenHash, now: issuedAt } = command;
  const reason = command.reason === undefined ? {} : { reason: command.reason };
  return [{ type: 'UserTokenReissued', data: { id: state.id, tokenHash, issuedAt, ...reason } }];
}

/** Nothing to record when that token no longer signs the user in. */
export function decideTokenRevocation(
  command: RevokeUserToken,
  state: UserState,
): UserTokenRevoked[] {
  if (!state) throw notFound('user_not_found', 'user not found');
  if (!signsIn(state, command.tokenHash)) return [];
  const { tokenHash, reason, now: revokedAt } = command;
  return [{ type: 'UserTokenRevoked', data: { id: state.id, tokenHash, revokedAt, reason } }];
}
