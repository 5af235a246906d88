import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { toUnitView, unitDecider, unitStreamId, type UnitState } from '../../../domain/units';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { AppointPersonCommand } from '../units.commands';

@CommandHandler(AppointPersonCommand)
export class AppointPersonHandler implements ICommandHandler<AppointPersonCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  async execute({ unitId, body, context }: AppointPersonCommand) {
    const result = await this.aggregates.execute({
      decider: unitDecider,
      streamId: unitStreamId(unitId),
      context,
      mode: 'update',
      label: `unit ${unitId}`,
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
    return { ...toUnitView(result.state as NonNullable<UnitState>), position: result.position };
  }
}
