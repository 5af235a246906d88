import {
  agreementDecider,
  type AgreementState,
  agreementStreamId,
  toAgreementView,
} from '../../domain/agreements';
import type { ExecuteResult } from '../shared/aggregate-executor';

/** The agreement a command writes, as `AggregateExecutor.execute` takes it: decider, stream, label. */
export const agreementAggregate = (agreementId: string) => ({
  decider: agreementDecider,
  streamId: agreementStreamId(agreementId),
  label: `agreement ${agreementId}`,
});

/** A write's answer: the agreement's current view and the position of its last event. */
export const agreementResult = (result: ExecuteResult<AgreementState>) => ({
  ...toAgreementView(result.state as NonNullable<AgreementState>),
  position: result.position,
});
