import {
  agreementDecider,
  type AgreementState,
  agreementStreamId,
  toAgreementView,
} from '../../domain/agreements';
import { aggregateKind, type ExecuteResult } from '../shared/aggregate-executor';

/** The agreement a command writes, as `AggregateExecutor.execute` takes it: decider, stream, label. */
export const agreementAggregate = aggregateKind(agreementDecider, agreementStreamId, 'agreement');

/** A write's answer: the agreement's current view and the position of its last event. */
export const agreementResult = (result: ExecuteResult<AgreementState>) => ({
  ...toAgreementView(result.state as NonNullable<AgreementState>),
  position: result.position,
});
