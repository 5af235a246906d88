import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { type HazardWriteResponse, updateHazard } from '../inspection-results';
import { UseCase } from '../../shared/use-case';
import { ExtendHazardDeadlineDto } from '../inspections.dto';

export class ExtendHazardDeadlineCommand extends UseCase<
  { hazardId: string },
  ExtendHazardDeadlineDto
> {
  static readonly dto = ExtendHazardDeadlineDto;
}

@CommandHandler(ExtendHazardDeadlineCommand)
export class ExtendHazardDeadlineHandler implements ICommandHandler<ExtendHazardDeadlineCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({
    params: { hazardId },
    body,
    context,
  }: ExtendHazardDeadlineCommand): Promise<HazardWriteResponse> {
    return updateHazard(this.aggregates, hazardId, context, () => ({
      type: 'ExtendHazardDeadline' as const,
      deadline: utc(body.deadline),
      reason: body.reason,
      ...(body.extendedAt != null && { extendedAt: utc(body.extendedAt) }),
      now: context.now.toISOString(),
    }));
  }
}
