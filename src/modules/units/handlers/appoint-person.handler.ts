import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { unitAggregate, unitResult } from '../unit-result';
import { utc } from '../../shared/validators';
import { UseCase } from '../../shared/use-case';
import { AppointPersonDto } from '../units.dto';

export class AppointPersonCommand extends UseCase<{ unitId: string }, AppointPersonDto> {
  static readonly dto = AppointPersonDto;
}

@CommandHandler(AppointPersonCommand)
export class AppointPersonHandler implements ICommandHandler<AppointPersonCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  async execute({ params: { unitId }, body, context }: AppointPersonCommand) {
    const result = await this.aggregates.execute({
      ...unitAggregate(unitId),
      context,
      mode: 'update',
      command: () => ({
        type: 'AppointPerson' as const,
        personId: body.personId,
        personName: body.personName,
        post: body.post,
        from: utc(body.from),
        ...(body.portfolioIndustries !== undefined && {
          portfolioIndustries: body.portfolioIndustries,
        }),
        now: context.now.toISOString(),
      }),
    });
    return unitResult(result);
  }
}
