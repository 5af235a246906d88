import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { type HazardWriteResponse, updateHazard } from '../inspection-results';
import { RectifyHazardCommand } from '../inspections.commands';

@CommandHandler(RectifyHazardCommand)
export class RectifyHazardHandler implements ICommandHandler<RectifyHazardCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({ hazardId, body, context }: RectifyHazardCommand): Promise<HazardWriteResponse> {
    return updateHazard(this.aggregates, hazardId, context, () => ({
      type: 'RectifyHazard' as const,
      rectifiedAt: utc(body.rectifiedAt),
      ...(body.note != null && { note: body.note }),
      now: context.now.toISOString(),
    }));
  }
}
