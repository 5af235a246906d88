import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitLookup } from '../../units/unit-lookup';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { newId } from '../../shared/ids';
import { utc, utcOrUndefined } from '../../shared/validators';
import { incidentResponse, incidentAggregate } from '../incident-result';
import { type NoParams, UseCase } from '../../shared/use-case';
import { ReportIncidentDto } from '../incidents.dto';

export class ReportIncidentCommand extends UseCase<NoParams, ReportIncidentDto> {
  static readonly dto = ReportIncidentDto;
}

@CommandHandler(ReportIncidentCommand)
export class ReportIncidentHandler implements ICommandHandler<ReportIncidentCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
  ) {}

  async execute({ body, context }: ReportIncidentCommand) {
    const id = body.id ?? newId('I');
    const result = await this.aggregates.execute({
      ...incidentAggregate(id),
      context,
      mode: 'create',
      command: async () => {
        const unit = await this.units.referenced(body.unitId, 'unitId');
        return {
          type: 'ReportIncident' as const,
          id,
          unitId: body.unitId,
          industry: body.industry,
          occurredAt: utc(body.occurredAt),
          headInformedAt: utcOrUndefined(body.headInformedAt),
          reportedAt: utc(body.reportedAt),
          deaths: body.deaths,
          seriousInjuries: body.seriousInjuries,
          directLossYuan: body.directLossYuan,
          description: body.description,
          place: {
            unitId: unit.id,
            kind: unit.kind,
            ...(unit.industry !== undefined && { industry: unit.industry }),
          },
          now: context.now.toISOString(),
        };
      },
    });
    return incidentResponse(result.state, result.position, context);
  }
}
