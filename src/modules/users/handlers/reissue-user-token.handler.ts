import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { toUserView, type User } from '../../../domain/users';
import { forbiddenAction } from '../../../domain/shared/errors';
import type { Actor } from '../../shared/actor';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { newToken, UserTokenIndex } from '../user-tokens';
import { UseCase } from '../../shared/use-case';
import { ReissueUserTokenDto } from '../users.dto';
import { userAggregate } from '../user-aggregate';

export class ReissueUserTokenCommand extends UseCase<{ userId: string }, ReissueUserTokenDto> {
  static readonly dto = ReissueUserTokenDto;
}

/**
 * Whoever holds a user's token acts as that user: an office may issue one to itself and to users
 * of the roles below it, never to another office user or an admin (only an admin may).
 */
function requireMayIssue(actor: Actor, user: User): void {
  const peer = user.role === 'admin' || user.role === 'office';
  const self = actor.kind === 'user' && actor.id === user.id;
  if (actor.role === 'admin' || self || !peer) return;
  throw forbiddenAction(
    'forbidden',
    `Only an admin may issue a token to the ${user.role} ${user.id}.`,
  );
}

/** A new token for an existing user, shown once; the token it replaces no longer signs in. */
@CommandHandler(ReissueUserTokenCommand)
export class ReissueUserTokenHandler implements ICommandHandler<ReissueUserTokenCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly tokens: UserTokenIndex,
  ) {}

  async execute({ params: { userId }, body, context }: ReissueUserTokenCommand) {
    const { token, tokenHash } = newToken();
    const user = await this.aggregates.execute({
      ...userAggregate(userId),
      context,
      mode: 'update',
      command: ({ state }) => {
        if (state) requireMayIssue(context.actor, state);
        return {
          type: 'ReissueUserToken' as const,
          tokenHash,
          reason: body.reason,
          now: context.now.toISOString(),
        };
      },
    });
    const causationId = user.events[0]?.id;
    const position = await this.tokens.record(userId, tokenHash, { ...context, causationId });
    return { ...toUserView(user.state as User), token, position };
  }
}
