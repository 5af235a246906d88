import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AgreementState, type AmendAgreement } from '../../../domain/agreements';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { AgreementInputs, toIndicators, toSignatories, toTasks } from '../agreement-inputs';
import { agreementAggregate, agreementResult } from '../agreement-result';
import { UseCase } from '../../shared/use-case';
import { AmendAgreementDto } from '../agreements.dto';

export class AmendAgreementCommand extends UseCase<{ agreementId: string }, AmendAgreementDto> {
  static readonly dto = AmendAgreementDto;
}

@CommandHandler(AmendAgreementCommand)
export class AmendAgreementHandler implements ICommandHandler<AmendAgreementCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly inputs: AgreementInputs,
  ) {}

  async execute({ params: { agreementId }, body, context }: AmendAgreementCommand) {
    const now = context.now.toISOString();
    const result = await this.aggregates.execute({
      ...agreementAggregate(agreementId),
      context,
      mode: 'update',
      command: async ({ state }): Promise<AmendAgreement> => {
        const agreement = state as NonNullable<AgreementState>;
        return {
          type: 'AmendAgreement',
          reason: body.reason,
          amendedAt: body.amendedAt ? utc(body.amendedAt) : now,
          controlIndicators: toIndicators(body.controlIndicators),
          tasks: body.tasks ? toTasks(body.tasks) : undefined,
          signatories: body.signatories ? toSignatories(body.signatories) : undefined,
          taskSectionPoints: await this.inputs.taskSectionPoints(agreement.year),
          ...(await this.inputs.parties(agreement.issuerUnitId, agreement.responsibleUnitId)),
          now,
        };
      },
    });
    return agreementResult(result);
  }
}
