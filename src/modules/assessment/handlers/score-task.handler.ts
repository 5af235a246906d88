import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { unitYearDecider, unitYearStreamId } from '../../../domain/assessment';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { UnitLookup } from '../../units/unit-lookup';
import { AssessmentInputs, unitYearResult } from '../assessment-inputs';
import { UseCase } from '../../shared/use-case';
import { TaskScoreDto } from '../assessment.dto';

export class ScoreTaskCommand extends UseCase<{ year: number; unitId: string }, TaskScoreDto> {
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

  async execute({ params: { year, unitId }, body, context }: ScoreTaskCommand) {
    await this.units.inPath(unitId);
    const result = await this.aggregates.execute({
      mode: 'upsert',
      decider: unitYearDecider,
      streamId: unitYearStreamId(year, unitId),
      context,
      label: `assessment ${year} of unit ${unitId}`,
      command: async () => ({
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
      }),
    });
    return unitYearResult(year, unitId, result);
  }
}
