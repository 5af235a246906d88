import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AgreementState } from '../../../domain/agreements';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { agreementAggregate, agreementResult } from '../agreement-result';
import { AgreementSlots } from '../agreement-slots';
import { UseCase } from '../../shared/use-case';
import { TerminateAgreementDto } from '../agreements.dto';

export class TerminateAgreementCommand extends UseCase<
  { agreementId: string },
  TerminateAgreementDto
> {
  static readonly dto = TerminateAgreementDto;
}

/** Terminates an agreement, then frees its (year, responsible unit) slot for a new one. */
@CommandHandler(TerminateAgreementCommand)
export class TerminateAgreementHandler implements ICommandHandler<TerminateAgreementCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly slots: AgreementSlots,
  ) {}

  async execute({ params: { agreementId }, body, context }: TerminateAgreementCommand) {
    const result = await this.aggregates.execute({
      ...agreementAggregate(agreementId),
      context,
      mode: 'update',
      command: () => ({
        type: 'TerminateAgreement' as const,
        reason: body.reason,
        terminatedAt: utc(body.terminatedAt),
        now: context.now.toISOString(),
      }),
    });
    const agreement = result.state as NonNullable<AgreementState>;
    // Should this fail, the next signing for the slot releases it (the holder is terminated).
    await this.slots
      .release(agreement.year, agreement.responsibleUnitId, agreement.id, context)
      .catch(() => undefined);
    return agreementResult(result);
  }
}
