import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { unitAggregate, unitResult } from '../unit-result';
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
      ...unitAggregate(unitId),
      context,
      mode: 'update',
      command: () => ({
        type: 'EndAppointment' as const,
        personId,
        post: body.post,
        to: utc(body.to),
        now: context.now.toISOString(),
      }),
    });
    return unitResult(result);
  }
}
