import type { Decider, DomainEvent } from '../../domain/shared/decider';
import { notFoundProblem } from '../../infrastructure/http/problem';
import type { AggregateExecutor } from './aggregate-executor';

/** A record as `aggregateKind` names it: how it folds, its stream, and what it is called. */
interface RecordOfKind<S> {
  decider: Pick<Decider<unknown, DomainEvent, S>, 'initialState' | 'evolve'>;
  streamId: string;
  label: string;
}

/** The state of a record that exists; else 404 `No <label>.` */
export async function existingRecord<S>(
  aggregates: AggregateExecutor,
  { decider, streamId, label }: RecordOfKind<S>,
): Promise<NonNullable<S>> {
  const { state } = await aggregates.load<S>(decider, streamId);
  if (!state) throw notFoundProblem(`No ${label}.`);
  return state;
}
