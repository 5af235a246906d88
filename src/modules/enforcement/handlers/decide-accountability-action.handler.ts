import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  accountabilityDecider,
  accountabilityStreamId,
  type AccountabilityState,
} from '../../../domain/enforcement';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { newId } from '../../shared/ids';
import { utc } from '../../shared/validators';
import { DecideAccountabilityActionCommand } from '../enforcement.commands';
import { ReferencedRecords } from '../referenced-records';

@CommandHandler(DecideAccountabilityActionCommand)
export class DecideAccountabilityActionHandler implements ICommandHandler<DecideAccountabilityActionCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly references: ReferencedRecords,
  ) {}

  async execute({ body, context }: DecideAccountabilityActionCommand) {
    const id = body.id ?? newId('ACC');
    const result = await this.aggregates.execute({
      decider: accountabilityDecider,
      streamId: accountabilityStreamId(id),
      context,
      mode: 'create',
      label: `accountability action ${id}`,
      command: async () => {
        await this.references.require(
          [
            { id: body.targetUnitId, field: 'targetUnitId' },
            { id: body.decidingUnitId, field: 'decidingUnitId' },
          ],
          body.incidentId !== undefined ? { id: body.incidentId, field: 'incidentId' } : undefined,
        );
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
    return { ...(result.state as NonNullable<AccountabilityState>), position: result.position };
  }
}
