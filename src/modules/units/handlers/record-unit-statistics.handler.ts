import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { toUnitView, unitDecider, unitStreamId, type UnitState } from '../../../domain/units';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { UseCase } from '../../shared/use-case';
import { UnitStatisticsDto } from '../units.dto';

export class RecordUnitStatisticsCommand extends UseCase<
  { unitId: string; year: number },
  UnitStatisticsDto
> {
  static readonly dto = UnitStatisticsDto;
}

@CommandHandler(RecordUnitStatisticsCommand)
export class RecordUnitStatisticsHandler implements ICommandHandler<RecordUnitStatisticsCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  async execute({ params: { unitId, year }, body, context }: RecordUnitStatisticsCommand) {
    const result = await this.aggregates.execute({
      decider: unitDecider,
      streamId: unitStreamId(unitId),
      context,
      mode: 'update',
      label: `unit ${unitId}`,
      command: () => ({
        type: 'RecordUnitStatistics' as const,
        year,
        ...body,
        now: context.now.toISOString(),
      }),
    });
    return { ...toUnitView(result.state as NonNullable<UnitState>), position: result.position };
  }
}
