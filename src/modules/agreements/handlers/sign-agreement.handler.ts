import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  agreementDecider,
  type AgreementState,
  agreementStreamId,
  type SignAgreement,
} from '../../../domain/agreements';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { claimThenWrite } from '../../shared/claim';
import { newId } from '../../shared/ids';
import { utc } from '../../shared/validators';
import { AgreementInputs, toIndicators, toSignatories, toTasks } from '../agreement-inputs';
import { agreementAggregate, agreementResult } from '../agreement-result';
import { AgreementSlots } from '../agreement-slots';
import { type NoParams, UseCase } from '../../shared/use-case';
import { SignAgreementDto } from '../agreements.dto';

export class SignAgreementCommand extends UseCase<NoParams, SignAgreementDto> {
  static readonly dto = SignAgreementDto;
}

/**
 * Signs an agreement: validates it (422s), claims the (year, responsible unit) slot (409 when
 * another agreement is active), then records the signing; if that fails, the slot this
 * request claimed is released again. Each stream is read once.
 */
@CommandHandler(SignAgreementCommand)
export class SignAgreementHandler implements ICommandHandler<SignAgreementCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly inputs: AgreementInputs,
    private readonly slots: AgreementSlots,
  ) {}

  async execute({ body, context }: SignAgreementCommand) {
    const id = body.id ?? newId('A');
    const target = {
      ...agreementAggregate(id),
      context,
      mode: 'create' as const,
      loaded: await this.aggregates.load<AgreementState>(agreementDecider, agreementStreamId(id)),
    };
    if (target.loaded.exists) {
      // A repeated create: the executor replays it (same body) or answers 409 (another body).
      return agreementResult(
        await this.aggregates.execute({
          ...target,
          command: (): SignAgreement => {
            throw new Error(`agreement ${id} exists; the executor answers without a command`);
          },
        }),
      );
    }

    const sign: SignAgreement = {
      type: 'SignAgreement',
      id,
      year: body.year,
      issuerUnitId: body.issuerUnitId,
      responsibleUnitId: body.responsibleUnitId,
      signedAt: utc(body.signedAt),
      signatories: toSignatories(body.signatories),
      controlIndicators: toIndicators(body.controlIndicators),
      tasks: toTasks(body.tasks),
      taskSectionPoints: await this.inputs.taskSectionPoints(body.year),
      ...(await this.inputs.parties(body.issuerUnitId, body.responsibleUnitId)),
      now: context.now.toISOString(),
    };
    agreementDecider.decide(sign, null); // the domain's refusals come before the slot is claimed

    const { year, responsibleUnitId } = body;
    return agreementResult(
      await claimThenWrite({
        claim: () => this.slots.claim(year, responsibleUnitId, id, context),
        write: () => this.aggregates.execute({ ...target, command: () => sign }),
        release: (slot) => this.slots.release(year, responsibleUnitId, id, context, slot),
      }),
    );
  }
}
