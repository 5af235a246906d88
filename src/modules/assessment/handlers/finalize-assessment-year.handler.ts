import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assessmentYearDecider, assessmentYearStreamId } from '../../../domain/assessment';
import { executeOnOpenStream } from '../../agreements/open-stream';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { FinalizeAssessmentYearCommand } from '../assessment.commands';

/** Locks the year's results; a second finalisation is 409. */
@CommandHandler(FinalizeAssessmentYearCommand)
export class FinalizeAssessmentYearHandler implements ICommandHandler<FinalizeAssessmentYearCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  async execute({ year, body, context }: FinalizeAssessmentYearCommand) {
    const result = await executeOnOpenStream(this.aggregates, {
      decider: assessmentYearDecider,
      streamId: assessmentYearStreamId(year),
      context,
      label: `assessment year ${year}`,
      command: () => ({
        type: 'FinalizeAssessmentYear' as const,
        year,
        finalizedAt: utc(body.finalizedAt),
        now: context.now.toISOString(),
      }),
    });
    return {
      year,
      finalized: result.state.finalizedAt !== null,
      finalizedAt: result.state.finalizedAt,
      position: result.position,
    };
  }
}
