import type { DomainEvent } from '../shared/decider';
import type { AgreementAmendment, AgreementTerms } from './state';

interface AgreementRef {
  id: string;
  year: number;
  responsibleUnitId: string;
}

export type AgreementSigned = DomainEvent<
  'AgreementSigned',
  AgreementTerms & AgreementRef & { issuerUnitId: string; signedAt: string }
>;

/** Terms present here replace the agreement's terms; absent ones are unchanged. */
export type AgreementAmended = DomainEvent<'AgreementAmended', AgreementAmendment & AgreementRef>;

export type AgreementTerminated = DomainEvent<
  'AgreementTerminated',
  AgreementRef & { reason: string; terminatedAt: string }
>;

export type AgreementEvent = AgreementSigned | AgreementAmended | AgreementTerminated;
