import type { Decider, DomainEvent } from '../shared/decider';
import { stateConflict } from '../shared/errors';

/** Finds a user by the hash of its bearer token: one tiny stream per issued token. */
export const userTokenStreamId = (tokenHash: string): string => `usertoken-${tokenHash}`;

export type UserTokenIssued = DomainEvent<'UserTokenIssued', { userId: string; issuedAt: string }>;
export interface IssueUserToken {
  readonly type: 'IssueUserToken';
  readonly userId: string;
  readonly now: string;
}
export type UserTokenState = { userId: string } | null;

export const userTokenDecider: Decider<IssueUserToken, UserTokenIssued, UserTokenState> = {
  initialState: () => null,
  evolve: (_state, event) => ({ userId: event.data.userId }),
  decide(command, state) {
    if (state) throw stateConflict('token_exists', 'this token was issued before');
    return [{ type: 'UserTokenIssued', data: { userId: command.userId, issuedAt: command.now } }];
  },
};
