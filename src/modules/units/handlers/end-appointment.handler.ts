import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { toUnitView, unitDecider, unitStreamId, type UnitState } from '../../../domain/units';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { EndAppointmentCommand } from '../units.commands';

@CommandHandler(EndAppointmentCommand)
export class EndAppointmentHandler implements ICommandHandler<EndAppointmentCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  async execute({ unitId, personId, body, context }: EndAppointmentCommand) {
    const result = await this.aggregates.execute({
      decider: unitDecider,
      streamId: unitStreamId(unitId),
      context,
      mode: 'update',
      label: `unit ${unitId}`,
      command: () => ({
        type: 'EndAppointment' as const,
        personId,
        post: body.post,
        to: utc(body.to),
        now: context.now.toISOString(),
      }),
    });
    return { ...toUnitView(result.state as NonNullable<UnitState>), position: result.position };
  }
}
