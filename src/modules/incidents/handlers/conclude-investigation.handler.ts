import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { LiableParty } from '../../../domain/incidents';
import { UnitLookup } from '../../units/unit-lookup';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { updateIncident } from '../incident-result';
import { UseCase } from '../../shared/use-case';
import { ConcludeInvestigationDto } from '../incidents.dto';

export class ConcludeInvestigationCommand extends UseCase<
  { incidentId: string },
  ConcludeInvestigationDto
> {
  static readonly dto = ConcludeInvestigationDto;
}

@CommandHandler(ConcludeInvestigationCommand)
export class ConcludeInvestigationHandler implements ICommandHandler<ConcludeInvestigationCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
  ) {}

  execute({ params: { incidentId }, body, context }: ConcludeInvestigationCommand) {
    return updateIncident(this.aggregates, incidentId, context, async () => {
      const liable: LiableParty[] = [];
      for (const [index, party] of body.liable.entries()) {
        if (party.unitId !== undefined) {
          await this.units.referenced(party.unitId, `liable[${index}].unitId`);
        }
        liable.push({
          ...(party.personId !== undefined && { personId: party.personId }),
          ...(party.unitId !== undefined && { unitId: party.unitId }),
          role: party.role,
          finding: party.finding,
        });
      }
      return {
        type: 'ConcludeInvestigation' as const,
        concludedAt: utc(body.concludedAt),
        cause: body.cause,
        liable,
        measures: [...body.measures],
        ...(body.nature !== undefined && { nature: body.nature }),
        now: context.now.toISOString(),
      };
    });
  }
}
