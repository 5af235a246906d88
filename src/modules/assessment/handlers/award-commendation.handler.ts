import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { unitYearDecider, unitYearStreamId } from '../../../domain/assessment';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { UnitLookup } from '../../units/unit-lookup';
import { AssessmentInputs, unitYearResult } from '../assessment-inputs';
import { UseCase } from '../../shared/use-case';
import { CommendationDto } from '../assessment.dto';

export class AwardCommendationCommand extends UseCase<
  { year: number; unitId: string },
  CommendationDto
> {
  static readonly dto = CommendationDto;
}

@CommandHandler(AwardCommendationCommand)
export class AwardCommendationHandler implements ICommandHandler<AwardCommendationCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
    private readonly inputs: AssessmentInputs,
  ) {}

  async execute({ params: { year, unitId }, body, context }: AwardCommendationCommand) {
    await this.units.inPath(unitId);
    const result = await this.aggregates.execute({
      mode: 'upsert',
      decider: unitYearDecider,
      streamId: unitYearStreamId(year, unitId),
      context,
      label: `assessment ${year} of unit ${unitId}`,
      command: async () => ({
        type: 'AwardCommendation' as const,
        year,
        unitId,
        level: body.level,
        reason: body.reason,
        awardedAt: utc(body.awardedAt),
        yearFinalized: await this.inputs.yearFinalized(year),
        now: context.now.toISOString(),
      }),
    });
    return unitYearResult(year, unitId, result);
  }
}
