import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  blacklistDecider,
  blacklistStreamId,
  type BlacklistState,
  toBlacklistView,
} from '../../../domain/enforcement';
import { conflictProblem } from '../../../infrastructure/http/problem';
import { UnitLookup } from '../../units/unit-lookup';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { UseCase } from '../../shared/use-case';
import { RemoveFromBlacklistDto } from '../enforcement.dto';
import { blacklistAggregate } from '../aggregates';

export class RemoveFromBlacklistCommand extends UseCase<
  { enterpriseId: string },
  RemoveFromBlacklistDto
> {
  static readonly dto = RemoveFromBlacklistDto;
}

/** 404 for an unknown enterprise; 409 `not_listed` for one that was never listed. */
@CommandHandler(RemoveFromBlacklistCommand)
export class RemoveFromBlacklistHandler implements ICommandHandler<RemoveFromBlacklistCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
  ) {}

  async execute({ params: { enterpriseId }, body, context }: RemoveFromBlacklistCommand) {
    await this.units.inPath(enterpriseId);
    const streamId = blacklistStreamId(enterpriseId);
    const now = context.now.toISOString();
    const existing = await this.aggregates.load<BlacklistState>(blacklistDecider, streamId);
    if (!existing.exists) {
      throw conflictProblem('not_listed', `Enterprise ${enterpriseId} is not on the blacklist.`);
    }
    const result = await this.aggregates.execute({
      ...blacklistAggregate(enterpriseId),
      context,
      mode: 'update',
      command: () => ({
        type: 'RemoveFromBlacklist' as const,
        enterpriseId,
        removedAt: utc(body.removedAt),
        reason: body.reason,
        now,
      }),
    });
    return { ...toBlacklistView(enterpriseId, result.state, now), position: result.position };
  }
}
