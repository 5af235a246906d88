import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type PatrolState, type PatrolView, toPatrolView } from '../../../domain/supervision';
import type { Written } from '../../contract/answers';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { newId } from '../../shared/ids';
import { type NoParams, UseCase } from '../../shared/use-case';
import { utc } from '../../shared/validators';
import { LaunchPatrolDto } from '../supervision.dto';
import { patrolAggregate, SupervisionRecords } from '../supervision-records';

export class LaunchPatrolCommand extends UseCase<NoParams, LaunchPatrolDto> {
  static readonly dto = LaunchPatrolDto;
}

/** The leading unit and every target unit must exist (422). */
@CommandHandler(LaunchPatrolCommand)
export class LaunchPatrolHandler implements ICommandHandler<LaunchPatrolCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly records: SupervisionRecords,
  ) {}

  async execute({ body, context }: LaunchPatrolCommand): Promise<Written<PatrolView>> {
    const id = body.id ?? newId('PAT');
    const result = await this.aggregates.execute({
      ...patrolAggregate(id),
      context,
      mode: 'create',
      command: async () => {
        await this.records.requireUnits([
          { id: body.leadUnitId, field: 'leadUnitId' },
          ...body.targetUnitIds.map((unitId, i) => ({ id: unitId, field: `targetUnitIds[${i}]` })),
        ]);
        return {
          type: 'LaunchPatrol' as const,
          id,
          kind: body.kind,
          leadUnitId: body.leadUnitId,
          team: body.team,
          targetUnitIds: body.targetUnitIds,
          from: utc(body.from),
          to: utc(body.to),
          now: context.now.toISOString(),
        };
      },
    });
    const state = result.state as NonNullable<PatrolState>;
    return { ...toPatrolView(state), position: result.position };
  }
}
