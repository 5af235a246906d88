import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type PenaltyState, toPenaltyView } from '../../../domain/enforcement';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { newId } from '../../shared/ids';
import { utc } from '../../shared/validators';
import { ReferencedRecords } from '../referenced-records';
import { type NoParams, UseCase } from '../../shared/use-case';
import { DecidePenaltyDto } from '../enforcement.dto';
import { penaltyAggregate } from '../aggregates';

export class DecidePenaltyCommand extends UseCase<NoParams, DecidePenaltyDto> {
  static readonly dto = DecidePenaltyDto;
}

@CommandHandler(DecidePenaltyCommand)
export class DecidePenaltyHandler implements ICommandHandler<DecidePenaltyCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly references: ReferencedRecords,
  ) {}

  async execute({ body, context }: DecidePenaltyCommand) {
    const id = body.id ?? newId('PEN');
    const result = await this.aggregates.execute({
      ...penaltyAggregate(id),
      context,
      mode: 'create',
      command: async () => {
        const units = await this.references.require([
          { id: body.enterpriseId, field: 'enterpriseId' },
          { id: body.enforcingUnitId, field: 'enforcingUnitId' },
        ]);
        const enterprise = units.get(body.enterpriseId)!;
        return {
          type: 'DecidePenalty' as const,
          id,
          enterpriseId: body.enterpriseId,
          enforcingUnitId: body.enforcingUnitId,
          kind: body.kind,
          ...(body.amountYuan !== undefined && { amountYuan: body.amountYuan }),
          caseNo: body.caseNo,
          basis: body.basis,
          decidedAt: utc(body.decidedAt),
          phase: body.phase,
          enterprise: { id: enterprise.id, kind: enterprise.kind },
          now: context.now.toISOString(),
        };
      },
    });
    return {
      ...toPenaltyView(result.state as NonNullable<PenaltyState>),
      position: result.position,
    };
  }
}
