import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SupervisionOrderView } from '../../../domain/supervision';
import type { Written } from '../../contract/answers';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { UseCase } from '../../shared/use-case';
import { utc } from '../../shared/validators';
import { CloseSupervisionOrderDto, ReplyToSupervisionOrderDto } from '../supervision.dto';
import { updateOrder } from '../supervision-results';

type OrderParams = { orderId: string };

export class ReplyToSupervisionOrderCommand extends UseCase<
  OrderParams,
  ReplyToSupervisionOrderDto
> {
  static readonly dto = ReplyToSupervisionOrderDto;
}

export class CloseSupervisionOrderCommand extends UseCase<OrderParams, CloseSupervisionOrderDto> {
  static readonly dto = CloseSupervisionOrderDto;
}

@CommandHandler(ReplyToSupervisionOrderCommand)
export class ReplyToSupervisionOrderHandler implements ICommandHandler<ReplyToSupervisionOrderCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({
    params,
    body,
    context,
  }: ReplyToSupervisionOrderCommand): Promise<Written<SupervisionOrderView>> {
    return updateOrder(this.aggregates, params.orderId, context, () => ({
      type: 'ReplyToSupervisionOrder' as const,
      repliedAt: utc(body.repliedAt),
      content: body.content,
      now: context.now.toISOString(),
    }));
  }
}

@CommandHandler(CloseSupervisionOrderCommand)
export class CloseSupervisionOrderHandler implements ICommandHandler<CloseSupervisionOrderCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({
    params,
    body,
    context,
  }: CloseSupervisionOrderCommand): Promise<Written<SupervisionOrderView>> {
    return updateOrder(this.aggregates, params.orderId, context, () => ({
      type: 'CloseSupervisionOrder' as const,
      closedAt: utc(body.closedAt),
      ...(body.note != null && { note: body.note }),
      now: context.now.toISOString(),
    }));
  }
}
