import { toUnitView, unitDecider, unitStreamId, type UnitState } from '../../domain/units';
import { aggregateKind, type ExecuteResult } from '../shared/aggregate-executor';

/** The unit a command writes, as `AggregateExecutor.execute` takes it: decider, stream, label. */
export const unitAggregate = aggregateKind(unitDecider, unitStreamId, 'unit');

/** A write's answer: the unit's current view and the position of its last event. */
export const unitResult = (result: ExecuteResult<UnitState>) => ({
  ...toUnitView(result.state as NonNullable<UnitState>),
  position: result.position,
});
