import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { updateIncident } from '../incident-result';
import { OpenInvestigationCommand } from '../incidents.commands';

@CommandHandler(OpenInvestigationCommand)
export class OpenInvestigationHandler implements ICommandHandler<OpenInvestigationCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({ incidentId, body, context }: OpenInvestigationCommand) {
    return updateIncident(this.aggregates, incidentId, context, () => ({
      type: 'OpenInvestigation' as const,
      openedAt: utc(body.openedAt),
      now: context.now.toISOString(),
    }));
  }
}
