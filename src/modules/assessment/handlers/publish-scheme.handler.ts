import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { schemeDecider, schemeStreamId, toSchemeView } from '../../../domain/assessment';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { AssessmentInputs } from '../assessment-inputs';
import { UseCase } from '../../shared/use-case';

export class PublishSchemeCommand extends UseCase<{ year: number }, Record<string, unknown>> {}

/** Publishes (or replaces) the year's scheme; the domain validates the document. */
@CommandHandler(PublishSchemeCommand)
export class PublishSchemeHandler implements ICommandHandler<PublishSchemeCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly inputs: AssessmentInputs,
  ) {}

  async execute({ params: { year }, body: scheme, context }: PublishSchemeCommand) {
    const result = await this.aggregates.execute({
      mode: 'upsert',
      decider: schemeDecider,
      streamId: schemeStreamId(year),
      context,
      label: `scheme ${year}`,
      command: async () => ({
        type: 'PublishScheme' as const,
        year,
        scheme,
        yearFinalized: await this.inputs.yearFinalized(year),
        now: context.now.toISOString(),
      }),
    });
    return { ...toSchemeView(year, result.state), position: result.position };
  }
}
