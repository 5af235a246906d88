import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { type HazardWriteResponse, updateHazard } from '../inspection-results';
import { UseCase } from '../../shared/use-case';
import { RectifyHazardDto } from '../inspections.dto';

export class RectifyHazardCommand extends UseCase<{ hazardId: string }, RectifyHazardDto> {
  static readonly dto = RectifyHazardDto;
}

@CommandHandler(RectifyHazardCommand)
export class RectifyHazardHandler implements ICommandHandler<RectifyHazardCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({
    params: { hazardId },
    body,
    context,
  }: RectifyHazardCommand): Promise<HazardWriteResponse> {
    return updateHazard(this.aggregates, hazardId, context, () => ({
      type: 'RectifyHazard' as const,
      rectifiedAt: utc(body.rectifiedAt),
      ...(body.note != null && { note: body.note }),
      now: context.now.toISOString(),
    }));
  }
}
