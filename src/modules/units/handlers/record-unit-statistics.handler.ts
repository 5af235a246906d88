import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { unitAggregate, unitResult } from '../unit-result';
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
      ...unitAggregate(unitId),
      context,
      mode: 'update',
      command: () => ({
        type: 'RecordUnitStatistics' as const,
        year,
        ...body,
        now: context.now.toISOString(),
      }),
    });
    return unitResult(result);
  }
}
