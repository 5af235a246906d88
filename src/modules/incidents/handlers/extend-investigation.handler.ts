import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc, utcOrUndefined } from '../../shared/validators';
import { updateIncident } from '../incident-result';
import { UseCase } from '../../shared/use-case';
import { ExtendInvestigationDto } from '../incidents.dto';

export class ExtendInvestigationCommand extends UseCase<
  { incidentId: string },
  ExtendInvestigationDto
> {
  static readonly dto = ExtendInvestigationDto;
}

@CommandHandler(ExtendInvestigationCommand)
export class ExtendInvestigationHandler implements ICommandHandler<ExtendInvestigationCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({ params: { incidentId }, body, context }: ExtendInvestigationCommand) {
    return updateIncident(this.aggregates, incidentId, context, () => ({
      type: 'ExtendInvestigation' as const,
      until: utc(body.until),
      reason: body.reason,
      extendedAt: utcOrUndefined(body.extendedAt),
      now: context.now.toISOString(),
    }));
  }
}
