import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { updateIncident } from '../incident-result';
import { EstablishMisreportingFindingCommand } from '../incidents.commands';

@CommandHandler(EstablishMisreportingFindingCommand)
export class EstablishMisreportingFindingHandler implements ICommandHandler<EstablishMisreportingFindingCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({ incidentId, body, context }: EstablishMisreportingFindingCommand) {
    return updateIncident(this.aggregates, incidentId, context, () => ({
      type: 'EstablishMisreportingFinding' as const,
      kind: body.kind,
      establishedAt: utc(body.establishedAt),
      detail: body.detail,
      now: context.now.toISOString(),
    }));
  }
}
