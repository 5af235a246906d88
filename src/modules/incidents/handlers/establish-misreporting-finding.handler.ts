import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitLookup } from '../../units/unit-lookup';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { updateIncident } from '../incident-result';
import { UseCase } from '../../shared/use-case';
import { MisreportingFindingDto } from '../incidents.dto';

export class EstablishMisreportingFindingCommand extends UseCase<
  { incidentId: string },
  MisreportingFindingDto
> {
  static readonly dto = MisreportingFindingDto;
}

@CommandHandler(EstablishMisreportingFindingCommand)
export class EstablishMisreportingFindingHandler implements ICommandHandler<EstablishMisreportingFindingCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
  ) {}

  execute({ params: { incidentId }, body, context }: EstablishMisreportingFindingCommand) {
    return updateIncident(this.aggregates, incidentId, context, async () => {
      for (const [index, unitId] of (body.responsibleUnitIds ?? []).entries()) {
        await this.units.referenced(unitId, `responsibleUnitIds[${index}]`);
      }
      return {
        type: 'EstablishMisreportingFinding' as const,
        kind: body.kind,
        establishedAt: utc(body.establishedAt),
        detail: body.detail,
        ...(body.responsibleUnitIds && { responsibleUnitIds: [...body.responsibleUnitIds] }),
        ...(body.responsiblePersonIds && { responsiblePersonIds: [...body.responsiblePersonIds] }),
        now: context.now.toISOString(),
      };
    });
  }
}
