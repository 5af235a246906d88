import { Injectable } from '@nestjs/common';
import {
  signsIn,
  userDecider,
  userStreamId,
  userTokenDecider,
  userTokenStreamId,
  type UserState,
  type UserTokenState,
} from '../../domain/users';
import type { TokenResolver } from '../auth/token-resolver';
import { hashToken } from '../auth/token-hash';
import type { Actor } from '../shared/actor';
import { AggregateExecutor } from '../shared/aggregate-executor';

/** A user's token: found through its hash, refused once the user is revoked. */
@Injectable()
export class UserTokenResolver implements TokenResolver {
  constructor(private readonly aggregates: AggregateExecutor) {}

  async resolve(token: string): Promise<Actor | undefined> {
    const tokenHash = hashToken(token);
    const index = await this.aggregates.load<UserTokenState>(
      userTokenDecider,
      userTokenStreamId(tokenHash),
    );
    if (!index.state) return undefined;
    const user = await this.aggregates.load<UserState>(
      userDecider,
      userStreamId(index.state.userId),
    );
    if (!signsIn(user.state, tokenHash)) return undefined;
    return {
      kind: 'user',
      id: user.state.id,
      role: user.state.role,
      scopeUnitId: user.state.scopeUnitId,
    };
  }
}
