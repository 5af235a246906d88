import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { UnitLookup } from '../../units/unit-lookup';
import { AssessmentInputs } from '../assessment-inputs';
import { type UnitYearParams, writeUnitYear } from './unit-year-write';
import { UseCase } from '../../shared/use-case';
import { CommendationDto } from '../assessment.dto';

export class AwardCommendationCommand extends UseCase<UnitYearParams, CommendationDto> {
  static readonly dto = CommendationDto;
}

@CommandHandler(AwardCommendationCommand)
export class AwardCommendationHandler implements ICommandHandler<AwardCommendationCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
    private readonly inputs: AssessmentInputs,
  ) {}

  execute({ params, body, context }: AwardCommendationCommand) {
    const { year, unitId } = params;
    return writeUnitYear(this.aggregates, this.units, params, context, async () => ({
      type: 'AwardCommendation' as const,
      year,
      unitId,
      level: body.level,
      reason: body.reason,
      awardedAt: utc(body.awardedAt),
      yearFinalized: await this.inputs.yearFinalized(year),
      now: context.now.toISOString(),
    }));
  }
}
