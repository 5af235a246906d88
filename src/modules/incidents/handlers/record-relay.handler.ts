import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitLookup } from '../../units/unit-lookup';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { updateIncident } from '../incident-result';
import { UseCase } from '../../shared/use-case';
import { RelayDto } from '../incidents.dto';

export class RecordRelayCommand extends UseCase<{ incidentId: string }, RelayDto> {
  static readonly dto = RelayDto;
}

@CommandHandler(RecordRelayCommand)
export class RecordRelayHandler implements ICommandHandler<RecordRelayCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
  ) {}

  execute({ params: { incidentId }, body, context }: RecordRelayCommand) {
    return updateIncident(this.aggregates, incidentId, context, async () => {
      await this.units.referenced(body.unitId, 'unitId');
      return {
        type: 'RecordRelay' as const,
        unitId: body.unitId,
        receivedAt: utc(body.receivedAt),
        forwardedAt: utc(body.forwardedAt),
        now: context.now.toISOString(),
      };
    });
  }
}
