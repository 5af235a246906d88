import { Injectable } from '@nestjs/common';
import { userTokenDecider, userTokenStreamId } from '../../domain/users';
import { generateToken, hashToken } from '../auth/token-hash';
import { AggregateExecutor } from '../shared/aggregate-executor';
import type { CommandContext } from '../shared/command-context';

/** A random token, shown once to its user; only its hash is recorded. */
export function newToken(): { token: string; tokenHash: string } {
  const token = generateToken();
  return { token, tokenHash: hashToken(token) };
}

/** The index stream that finds a user by the hash of a token issued to it. */
@Injectable()
export class UserTokenIndex {
  constructor(private readonly aggregates: AggregateExecutor) {}

  /** Records the entry (caused by the user's event that holds the hash); its position. */
  async record(userId: string, tokenHash: string, context: CommandContext): Promise<number> {
    const index = await this.aggregates.execute({
      decider: userTokenDecider,
      streamId: userTokenStreamId(tokenHash),
      context,
      mode: 'create',
      label: 'user token',
      command: () => ({
        type: 'IssueUserToken' as const,
        userId,
        now: context.now.toISOString(),
      }),
    });
    return index.position;
  }
}
