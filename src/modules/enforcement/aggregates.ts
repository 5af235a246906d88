import {
  accountabilityDecider,
  accountabilityStreamId,
  blacklistDecider,
  blacklistStreamId,
  penaltyDecider,
  penaltyStreamId,
} from '../../domain/enforcement';
import { aggregateKind } from '../shared/aggregate-executor';

/** The enforcement aggregates as `AggregateExecutor.execute` takes them: decider, stream, label. */
export const penaltyAggregate = aggregateKind(penaltyDecider, penaltyStreamId, 'penalty');
export const accountabilityAggregate = aggregateKind(
  accountabilityDecider,
  accountabilityStreamId,
  'accountability action',
);
export const blacklistAggregate = aggregateKind(
  blacklistDecider,
  blacklistStreamId,
  'blacklist listing of',
);
