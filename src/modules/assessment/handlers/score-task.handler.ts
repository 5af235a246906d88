import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { UnitLookup } from '../../units/unit-lookup';
import { AssessmentInputs } from '../assessment-inputs';
import { type UnitYearParams, writeUnitYear } from './unit-year-write';
import { UseCase } from '../../shared/use-case';
import { TaskScoreDto } from '../assessment.dto';

export class ScoreTaskCommand extends UseCase<UnitYearParams, TaskScoreDto> {
  static readonly dto = TaskScoreDto;
}

/** The office scores a task of the unit's active agreement (0..weight, with evidence). */
@CommandHandler(ScoreTaskCommand)
export class ScoreTaskHandler implements ICommandHandler<ScoreTaskCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
    private readonly inputs: AssessmentInputs,
  ) {}

  execute({ params, body, context }: ScoreTaskCommand) {
    const { year, unitId } = params;
    return writeUnitYear(this.aggregates, this.units, params, context, async () => ({
      type: 'ScoreTask' as const,
      year,
      unitId,
      taskCode: body.taskCode,
      score: body.score,
      evaluatedAt: utc(body.evaluatedAt),
      evidence: body.evidence,
      agreement: await this.inputs.activeAgreement(year, unitId),
      yearFinalized: await this.inputs.yearFinalized(year),
      now: context.now.toISOString(),
    }));
  }
}
