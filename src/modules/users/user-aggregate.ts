import { userDecider, userStreamId } from '../../domain/users';
import { aggregateKind } from '../shared/aggregate-executor';

/** A user as `AggregateExecutor.execute` takes it: decider, stream, label. */
export const userAggregate = aggregateKind(userDecider, userStreamId, 'user');
