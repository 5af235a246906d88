import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { toUserView, userDecider, userStreamId, type User } from '../../../domain/users';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { UseCase } from '../../shared/use-case';
import { RevokeUserDto } from '../users.dto';

export class RevokeUserCommand extends UseCase<{ userId: string }, RevokeUserDto> {
  static readonly dto = RevokeUserDto;
}

@CommandHandler(RevokeUserCommand)
export class RevokeUserHandler implements ICommandHandler<RevokeUserCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  async execute({ params: { userId }, body, context }: RevokeUserCommand) {
    const result = await this.aggregates.execute({
      decider: userDecider,
      streamId: userStreamId(userId),
      context,
      mode: 'update',
      label: `user ${userId}`,
      command: () => ({
        type: 'RevokeUser' as const,
        reason: body.reason,
        now: context.now.toISOString(),
      }),
    });
    return { ...toUserView(result.state as User), position: result.position };
  }
}
