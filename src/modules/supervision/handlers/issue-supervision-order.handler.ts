import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { OrderSubjectKind, SupervisionOrderView } from '../../../domain/supervision';
import type { Written } from '../../contract/answers';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { newId } from '../../shared/ids';
import { type NoParams, UseCase } from '../../shared/use-case';
import { utc } from '../../shared/validators';
import { IssueSupervisionOrderDto } from '../supervision.dto';
import { orderAggregate, SupervisionRecords } from '../supervision-records';
import { orderView } from '../supervision-results';

export class IssueSupervisionOrderCommand extends UseCase<NoParams, IssueSupervisionOrderDto> {
  static readonly dto = IssueSupervisionOrderDto;
}

/** Both units and the subject must exist (422); the domain judges whether the target is lower. */
@CommandHandler(IssueSupervisionOrderCommand)
export class IssueSupervisionOrderHandler implements ICommandHandler<IssueSupervisionOrderCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly records: SupervisionRecords,
  ) {}

  async execute({
    body,
    context,
  }: IssueSupervisionOrderCommand): Promise<Written<SupervisionOrderView>> {
    const id = body.id ?? newId('SO');
    const result = await this.aggregates.execute({
      ...orderAggregate(id),
      context,
      mode: 'create',
      command: async () => {
        const units = await this.records.requireUnits([
          { id: body.issuerUnitId, field: 'issuerUnitId' },
          { id: body.targetUnitId, field: 'targetUnitId' },
        ]);
        await this.records.requireSubject(body.subject.kind as OrderSubjectKind, body.subject.id);
        return {
          type: 'IssueSupervisionOrder' as const,
          id,
          issuerUnitId: body.issuerUnitId,
          targetUnitId: body.targetUnitId,
          targetAncestors: await this.records.ancestorsOf(units.get(body.targetUnitId)!),
          subject: { kind: body.subject.kind, id: body.subject.id },
          requirement: body.requirement,
          issuedAt: utc(body.issuedAt),
          deadline: utc(body.deadline),
          now: context.now.toISOString(),
        };
      },
    });
    return { ...orderView(result.state, context), position: result.position };
  }
}
