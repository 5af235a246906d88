import { toProvisionalResultView } from '../../../domain/assessment/views';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  assessmentYearDecider,
  assessmentYearStreamId,
  provisionalResults,
} from '../../../domain/assessment';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { AssessmentReader } from '../queries/assessment-reader';
import { UseCase } from '../../shared/use-case';
import { FinalizationDto } from '../assessment.dto';

export class FinalizeAssessmentYearCommand extends UseCase<{ year: number }, FinalizationDto> {
  static readonly dto = FinalizationDto;
}

/**
 * Locks the year's results; a second finalisation is 409. The answer lists, per unit, the lines
 * of the locked results that were still provisional (resting on an incident of pending nature).
 */
@CommandHandler(FinalizeAssessmentYearCommand)
export class FinalizeAssessmentYearHandler implements ICommandHandler<FinalizeAssessmentYearCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly reader: AssessmentReader,
  ) {}

  async execute({ params: { year }, body, context }: FinalizeAssessmentYearCommand) {
    const result = await this.aggregates.execute({
      mode: 'upsert',
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
    const finalizedAt = result.state.finalizedAt;
    const locked =
      finalizedAt === null
        ? null
        : await this.reader.frozenYear(
            year,
            { position: result.position, finalizedAt },
            // read after the append, so that its recording time is not after the reading
            new Date().toISOString(),
          );
    return {
      year,
      finalized: finalizedAt !== null,
      finalizedAt,
      position: result.position,
      provisional: locked ? provisionalResults(locked.results).map(toProvisionalResultView) : [],
    };
  }
}
