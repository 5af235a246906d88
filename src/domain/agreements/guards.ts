import { notFound, ruleViolation, stateConflict } from '../shared/errors';
import { toMs } from '../shared/time';
import { requireNotFuture, requireText } from '../units/guards';
import type { SigningParties } from './signatories';
import type { Agreement, AgreementState } from './state';

export function requireActive(state: AgreementState): Agreement {
  if (!state) throw notFound('agreement_not_found', 'agreement not found');
  if (state.status === 'terminated') {
    throw stateConflict('agreement_terminated', `agreement ${state.id} was terminated`);
  }
  return state;
}

export function requireParties(
  parties: SigningParties,
  issuerUnitId: string,
  responsibleUnitId: string,
): void {
  if (parties.issuerUnit.id !== issuerUnitId) {
    throw ruleViolation('unit_mismatch', 'issuerUnit is not the issuer unit', 'issuerUnitId');
  }
  if (parties.responsibleUnit.id !== responsibleUnitId) {
    throw ruleViolation(
      'unit_mismatch',
      'responsibleUnit is not the responsible unit',
      'responsibleUnitId',
    );
  }
}

/**
 * A change to an active agreement (an amendment, a termination): a reason is required, and its
 * time `at` is past and not before the signing. Returns the agreement.
 */
export function requireChange(
  state: AgreementState,
  change: { readonly reason: string; readonly now: string },
  at: string,
  field: string,
): Agreement {
  const agreement = requireActive(state);
  requireText(change.reason, 'reason');
  requireAfterSigning(agreement, at, change.now, field);
  return agreement;
}

/** A past time not before the signing. */
export function requireAfterSigning(
  agreement: Agreement,
  iso: string,
  now: string,
  field: string,
): void {
  const ms = requireNotFuture(iso, now, field);
  if (ms < toMs(agreement.signedAt)) {
    throw ruleViolation(
      'before_signing',
      `${field} is before signedAt ${agreement.signedAt}`,
      field,
    );
  }
}
