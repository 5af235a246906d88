import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ProblemView } from '../../../domain/supervision';
import type { Written } from '../../contract/answers';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { newId } from '../../shared/ids';
import { UseCase } from '../../shared/use-case';
import { utc } from '../../shared/validators';
import { RaiseProblemDto } from '../supervision.dto';
import { problemAggregate, SupervisionRecords } from '../supervision-records';
import { problemView } from '../supervision-results';

export class RaiseProblemCommand extends UseCase<{ patrolId: string }, RaiseProblemDto> {
  static readonly dto = RaiseProblemDto;
}

/** The patrol in the path must exist (404); the problem names one of its target units (422). */
@CommandHandler(RaiseProblemCommand)
export class RaiseProblemHandler implements ICommandHandler<RaiseProblemCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly records: SupervisionRecords,
  ) {}

  async execute({
    params: { patrolId },
    body,
    context,
  }: RaiseProblemCommand): Promise<Written<ProblemView>> {
    const patrol = await this.records.patrolInPath(patrolId);
    const id = body.id ?? newId('PRB');
    const result = await this.aggregates.execute({
      ...problemAggregate(id),
      context,
      mode: 'create',
      command: () => ({
        type: 'RaiseProblem' as const,
        id,
        patrol: {
          id: patrol.id,
          kind: patrol.kind,
          leadUnitId: patrol.leadUnitId,
          targetUnitIds: patrol.targetUnitIds,
          from: patrol.from,
        },
        targetUnitId: body.targetUnitId,
        duty: body.duty,
        description: body.description,
        raisedAt: utc(body.raisedAt),
        deadline: utc(body.deadline),
        now: context.now.toISOString(),
      }),
    });
    return { ...problemView(result.state, context), position: result.position };
  }
}
