import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { updateIncident } from '../incident-result';
import { UseCase } from '../../shared/use-case';
import { ReviseCasualtiesDto } from '../incidents.dto';

export class ReviseCasualtiesCommand extends UseCase<{ incidentId: string }, ReviseCasualtiesDto> {
  static readonly dto = ReviseCasualtiesDto;
}

@CommandHandler(ReviseCasualtiesCommand)
export class ReviseCasualtiesHandler implements ICommandHandler<ReviseCasualtiesCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({ params: { incidentId }, body, context }: ReviseCasualtiesCommand) {
    return updateIncident(this.aggregates, incidentId, context, () => ({
      type: 'ReviseCasualties' as const,
      deaths: body.deaths,
      seriousInjuries: body.seriousInjuries,
      directLossYuan: body.directLossYuan,
      revisedAt: utc(body.revisedAt),
      now: context.now.toISOString(),
    }));
  }
}
