import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { type HazardWriteResponse, updateHazard } from '../inspection-results';
import { ExtendHazardDeadlineCommand } from '../inspections.commands';

@CommandHandler(ExtendHazardDeadlineCommand)
export class ExtendHazardDeadlineHandler implements ICommandHandler<ExtendHazardDeadlineCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({ hazardId, body, context }: ExtendHazardDeadlineCommand): Promise<HazardWriteResponse> {
    return updateHazard(this.aggregates, hazardId, context, () => ({
      type: 'ExtendHazardDeadline' as const,
      deadline: utc(body.deadline),
      reason: body.reason,
      ...(body.extendedAt != null && { extendedAt: utc(body.extendedAt) }),
      now: context.now.toISOString(),
    }));
  }
}
