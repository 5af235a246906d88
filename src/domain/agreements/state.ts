import type { ControlIndicators } from './indicators';
import type { Signatory } from './signatories';
import type { AgreementTask } from './tasks';

export const AGREEMENT_STATUSES = ['active', 'terminated'] as const;

export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export interface AgreementTerms {
  readonly signatories: readonly Signatory[];
  readonly controlIndicators: ControlIndicators;
  readonly tasks: readonly AgreementTask[];
}

export interface AgreementAmendment extends Partial<AgreementTerms> {
  readonly reason: string;
  readonly amendedAt: string;
}

export interface Agreement extends AgreementTerms {
  readonly id: string;
  readonly year: number;
  readonly issuerUnitId: string;
  readonly responsibleUnitId: string;
  readonly signedAt: string;
  readonly status: AgreementStatus;
  readonly amendments: readonly AgreementAmendment[];
  readonly terminatedAt?: string;
  readonly terminationReason?: string;
}

/** `null` until the agreement is signed. */
export type AgreementState = Agreement | null;
