import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { updateIncident } from '../incident-result';
import { UseCase } from '../../shared/use-case';
import { OpenInvestigationDto } from '../incidents.dto';

export class OpenInvestigationCommand extends UseCase<
  { incidentId: string },
  OpenInvestigationDto
> {
  static readonly dto = OpenInvestigationDto;
}

@CommandHandler(OpenInvestigationCommand)
export class OpenInvestigationHandler implements ICommandHandler<OpenInvestigationCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({ params: { incidentId }, body, context }: OpenInvestigationCommand) {
    return updateIncident(this.aggregates, incidentId, context, () => ({
      type: 'OpenInvestigation' as const,
      openedAt: utc(body.openedAt),
      now: context.now.toISOString(),
    }));
  }
}
