import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc, utcOrUndefined } from '../../shared/validators';
import { updateIncident } from '../incident-result';
import { ExtendInvestigationCommand } from '../incidents.commands';

@CommandHandler(ExtendInvestigationCommand)
export class ExtendInvestigationHandler implements ICommandHandler<ExtendInvestigationCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({ incidentId, body, context }: ExtendInvestigationCommand) {
    return updateIncident(this.aggregates, incidentId, context, () => ({
      type: 'ExtendInvestigation' as const,
      until: utc(body.until),
      reason: body.reason,
      extendedAt: utcOrUndefined(body.extendedAt),
      now: context.now.toISOString(),
    }));
  }
}
