import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AccountabilityState, toAccountabilityActionView } from '../../../domain/enforcement';
import { everHeldPost, type Unit } from '../../../domain/units';
import { unprocessable } from '../../../infrastructure/http/problem';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { newId } from '../../shared/ids';
import { utc } from '../../shared/validators';
import { ReferencedRecords } from '../referenced-records';
import { type NoParams, UseCase } from '../../shared/use-case';
import { DecideAccountabilityActionDto } from '../enforcement.dto';
import { accountabilityAggregate } from '../aggregates';

export class DecideAccountabilityActionCommand extends UseCase<
  NoParams,
  DecideAccountabilityActionDto
> {
  static readonly dto = DecideAccountabilityActionDto;
}

@CommandHandler(DecideAccountabilityActionCommand)
export class DecideAccountabilityActionHandler implements ICommandHandler<DecideAccountabilityActionCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly references: ReferencedRecords,
  ) {}

  async execute({ body, context }: DecideAccountabilityActionCommand) {
    const id = body.id ?? newId('ACC');
    const result = await this.aggregates.execute({
      ...accountabilityAggregate(id),
      context,
      mode: 'create',
      command: async () => {
        const units = await this.references.require(
          [
            { id: body.targetUnitId, field: 'targetUnitId' },
            { id: body.decidingUnitId, field: 'decidingUnitId' },
          ],
          body.incidentId !== undefined ? { id: body.incidentId, field: 'incidentId' } : undefined,
        );
        if (body.targetPersonId !== undefined)
          requirePostHolder(units.get(body.targetUnitId)!, body.targetPersonId);
        return {
          type: 'DecideAccountabilityAction' as const,
          id,
          ...(body.targetPersonId !== undefined && { targetPersonId: body.targetPersonId }),
          targetUnitId: body.targetUnitId,
          form: body.form,
          decidingUnitId: body.decidingUnitId,
          decidedAt: utc(body.decidedAt),
          reason: body.reason,
          ...(body.incidentId !== undefined && { incidentId: body.incidentId }),
          now: context.now.toISOString(),
        };
      },
    });
    return {
      ...toAccountabilityActionView(result.state as NonNullable<AccountabilityState>),
      position: result.position,
    };
  }
}

/** An action on a person in a unit: the person holds or held a post there. */
function requirePostHolder(unit: Unit, personId: string): void {
  if (everHeldPost(unit, personId)) return;
  const message = `person ${personId} never held a post in unit ${unit.id}`;
  throw unprocessable('not_a_post_holder', `targetPersonId: ${message}`, [
    { field: 'targetPersonId', message },
  ]);
}
