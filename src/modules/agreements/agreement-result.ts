import { type AgreementState, toAgreementView } from '../../domain/agreements';
import type { ExecuteResult } from '../shared/aggregate-executor';

/** A write's answer: the agreement's current view and the position of its last event. */
export const agreementResult = (result: ExecuteResult<AgreementState>) => ({
  ...toAgreementView(result.state as NonNullable<AgreementState>),
  position: result.position,
});
