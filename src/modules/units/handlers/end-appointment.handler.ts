import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { toUnitView, unitDecider, unitStreamId, type UnitState } from '../../../domain/units';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { UseCase } from '../../shared/use-case';
import { EndAppointmentDto } from '../units.dto';

export class EndAppointmentCommand extends UseCase<
  { unitId: string; personId: string },
  EndAppointmentDto
> {
  static readonly dto = EndAppointmentDto;
}

@CommandHandler(EndAppointmentCommand)
export class EndAppointmentHandler implements ICommandHandler<EndAppointmentCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  async execute({ params: { unitId, personId }, body, context }: EndAppointmentCommand) {
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
