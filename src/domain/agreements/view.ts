import type { ControlIndicators } from './indicators';
import type { Signatory } from './signatories';
import type { AgreementAmendment, Agreement, AgreementStatus } from './state';
import type { AgreementTask } from './tasks';

export interface AgreementView {
  id: string;
  year: number;
  issuerUnitId: string;
  responsibleUnitId: string;
  signedAt: string;
  signatories: Signatory[];
  controlIndicators: ControlIndicators;
  tasks: AgreementTask[];
  status: AgreementStatus;
  amendments: AgreementAmendment[];
  terminatedAt?: string;
  terminationReason?: string;
}

export function toAgreementView(agreement: Agreement): AgreementView {
  return {
    id: agreement.id,
    year: agreement.year,
    issuerUnitId: agreement.issuerUnitId,
    responsibleUnitId: agreement.responsibleUnitId,
    signedAt: agreement.signedAt,
    signatories: [...agreement.signatories],
    controlIndicators: { ...agreement.controlIndicators },
    tasks: [...agreement.tasks],
    status: agreement.status,
    amendments: [...agreement.amendments],
    ...(agreement.terminatedAt !== undefined && {
      terminatedAt: agreement.terminatedAt,
      terminationReason: agreement.terminationReason,
    }),
  };
}
