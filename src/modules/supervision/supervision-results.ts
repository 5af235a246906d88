import {
  type ProblemCommand,
  type ProblemState,
  type ProblemView,
  type SupervisionOrderCommand,
  type SupervisionOrderState,
  type SupervisionOrderView,
  toProblemView,
  toSupervisionOrderView,
} from '../../domain/supervision';
import type { AggregateExecutor, LoadedAggregate } from '../shared/aggregate-executor';
import type { CommandContext } from '../shared/command-context';
import type { Written } from '../contract/answers';
import { orderAggregate, problemAggregate } from './supervision-records';

/** The problem as of the request, `overdue` included. */
export const problemView = (state: ProblemState, context: CommandContext): ProblemView =>
  toProblemView(state as NonNullable<ProblemState>, context.now.toISOString());

/** The order as of the request, `overdue` included. */
export const orderView = (
  state: SupervisionOrderState,
  context: CommandContext,
): SupervisionOrderView =>
  toSupervisionOrderView(state as NonNullable<SupervisionOrderState>, context.now.toISOString());

/** Runs one command on an existing problem and answers its view and position. */
export async function updateProblem(
  aggregates: AggregateExecutor,
  problemId: string,
  context: CommandContext,
  command: (current: LoadedAggregate<ProblemState>) => ProblemCommand,
): Promise<Written<ProblemView>> {
  const result = await aggregates.execute({
    ...problemAggregate(problemId),
    context,
    mode: 'update',
    command,
  });
  return { ...problemView(result.state, context), position: result.position };
}

/** Runs one command on an existing supervision order and answers its view and position. */
export async function updateOrder(
  aggregates: AggregateExecutor,
  orderId: string,
  context: CommandContext,
  command: (current: LoadedAggregate<SupervisionOrderState>) => SupervisionOrderCommand,
): Promise<Written<SupervisionOrderView>> {
  const result = await aggregates.execute({
    ...orderAggregate(orderId),
    context,
    mode: 'update',
    command,
  });
  return { ...orderView(result.state, context), position: result.position };
}
