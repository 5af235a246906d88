import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { toUserView, type User } from '../../../domain/users';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { newId } from '../../shared/ids';
import { forbiddenAction } from '../../../domain/shared/errors';
import { UnitLookup } from '../../units/unit-lookup';
import { newToken, UserTokenIndex } from '../user-tokens';
import { type NoParams, UseCase } from '../../shared/use-case';
import { RegisterUserDto } from '../users.dto';
import { userAggregate } from '../user-aggregate';

export class RegisterUserCommand extends UseCase<NoParams, RegisterUserDto> {
  static readonly dto = RegisterUserDto;
}

/**
 * Issues a random token, records only its hash (in the user and in a token index stream) and
 * shows the token once. A repeated create with the same body answers without a token.
 */
@CommandHandler(RegisterUserCommand)
export class RegisterUserHandler implements ICommandHandler<RegisterUserCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
    private readonly tokens: UserTokenIndex,
  ) {}

  async execute({ body, context }: RegisterUserCommand) {
    if (body.role === 'admin' && context.actor.role !== 'admin') {
      throw forbiddenAction('forbidden', 'Only an admin may create an admin.');
    }
    const id = body.id ?? newId('USER');
    const { token, tokenHash } = newToken();
    const user = await this.aggregates.execute({
      ...userAggregate(id),
      context,
      mode: 'create',
      command: async () => {
        await this.units.referenced(body.scopeUnitId, 'scopeUnitId');
        return {
          type: 'RegisterUser' as const,
          id,
          name: body.name,
          role: body.role,
          scopeUnitId: body.scopeUnitId,
          tokenHash,
          now: context.now.toISOString(),
        };
      },
    });
    const view = toUserView(user.state as User);
    if (user.replayed) return { ...view, position: user.position };
    const causationId = user.events[0]?.id;
    const position = await this.tokens.record(id, tokenHash, { ...context, causationId });
    return { ...view, token, position };
  }
}
