import type { DomainEvent } from '../../domain/shared/decider';
import { ProblemException } from '../../infrastructure/http/problem';
import type {
  AggregateExecutor,
  ExecuteOptions,
  ExecuteResult,
} from '../shared/aggregate-executor';

const MAX_ATTEMPTS = 4;

const isDuplicateId = (error: unknown): boolean =>
  error instanceof ProblemException && error.problem.type === 'urn:safety:problem:duplicate_id';

/**
 * Executes a command on a stream that may or may not exist yet (a slot, a year, a scheme):
 * `update` when it exists, else `create`. When another request creates the stream first,
 * the command is decided again against what that request recorded.
 */
export async function executeOnOpenStream<C, E extends DomainEvent, S>(
  aggregates: AggregateExecutor,
  options: Omit<ExecuteOptions<C, E, S>, 'mode'>,
): Promise<ExecuteResult<S>> {
  for (let attempt = 1; ; attempt++) {
    const { exists } = await aggregates.load<S>(options.decider as never, options.streamId);
    if (exists) return aggregates.execute({ ...options, mode: 'update' });
    try {
      const result = await aggregates.execute({ ...options, mode: 'create' });
      if (!result.replayed || attempt >= MAX_ATTEMPTS) return result;
    } catch (error) {
      if (!isDuplicateId(error) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
