import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type PenaltyState, toPenaltyView } from '../../../domain/enforcement';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { UseCase } from '../../shared/use-case';
import { RevokePenaltyDto } from '../enforcement.dto';
import { penaltyAggregate } from '../aggregates';

export class RevokePenaltyCommand extends UseCase<{ penaltyId: string }, RevokePenaltyDto> {
  static readonly dto = RevokePenaltyDto;
}

@CommandHandler(RevokePenaltyCommand)
export class RevokePenaltyHandler implements ICommandHandler<RevokePenaltyCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  async execute({ params: { penaltyId }, body, context }: RevokePenaltyCommand) {
    const result = await this.aggregates.execute({
      ...penaltyAggregate(penaltyId),
      context,
      mode: 'update',
      command: () => ({
        type: 'RevokePenalty' as const,
        reason: body.reason,
        revokedAt: utc(body.revokedAt),
        now: context.now.toISOString(),
      }),
    });
    return {
      ...toPenaltyView(result.state as NonNullable<PenaltyState>),
      position: result.position,
    };
  }
}
