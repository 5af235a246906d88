import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { toUserView, type User } from '../../../domain/users';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { UseCase } from '../../shared/use-case';
import { RevokeUserDto } from '../users.dto';
import { userAggregate } from '../user-aggregate';

export class RevokeUserCommand extends UseCase<{ userId: string }, RevokeUserDto> {
  static readonly dto = RevokeUserDto;
}

@CommandHandler(RevokeUserCommand)
export class RevokeUserHandler implements ICommandHandler<RevokeUserCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  async execute({ params: { userId }, body, context }: RevokeUserCommand) {
    const result = await this.aggregates.execute({
      ...userAggregate(userId),
      context,
      mode: 'update',
      command: () => ({
        type: 'RevokeUser' as const,
        reason: body.reason,
        now: context.now.toISOString(),
      }),
    });
    return { ...toUserView(result.state as User), position: result.position };
  }
}
