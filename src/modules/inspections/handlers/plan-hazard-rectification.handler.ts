import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { type HazardWriteResponse, updateHazard } from '../inspection-results';
import { UseCase } from '../../shared/use-case';
import { PlanHazardRectificationDto } from '../inspections.dto';

export class PlanHazardRectificationCommand extends UseCase<
  { hazardId: string },
  PlanHazardRectificationDto
> {
  static readonly dto = PlanHazardRectificationDto;
}

/** The five implementations pass through as sent (missing ones too): the domain names each gap. */
@CommandHandler(PlanHazardRectificationCommand)
export class PlanHazardRectificationHandler implements ICommandHandler<PlanHazardRectificationCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({
    params: { hazardId },
    body,
    context,
  }: PlanHazardRectificationCommand): Promise<HazardWriteResponse> {
    return updateHazard(this.aggregates, hazardId, context, () => ({
      type: 'PlanHazardRectification' as const,
      measures: body.measures,
      fundsYuan: body.fundsYuan,
      deadline: validTimeOrAsSent(body.deadline),
      responsiblePerson: body.responsiblePerson,
      contingencyPlan: body.contingencyPlan,
      ...(body.plannedAt != null && { plannedAt: utc(body.plannedAt) }),
      now: context.now.toISOString(),
    }));
  }
}

/** `null` (accepted as absent by the DTO) stays as sent so that the domain reports it missing. */
const validTimeOrAsSent = (value: string | undefined): string | undefined =>
  typeof value === 'string' ? utc(value) : value;
