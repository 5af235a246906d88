import { requireText } from '../units/guards';
import type { TerminateAgreement } from './commands';
import type { AgreementTerminated } from './events';
import { requireActive, requireAfterSigning } from './guards';
import type { AgreementState } from './state';

export function decideTermination(
  command: TerminateAgreement,
  state: AgreementState,
): AgreementTerminated[] {
  const agreement = requireActive(state);
  requireText(command.reason, 'reason');
  requireAfterSigning(agreement, command.terminatedAt, command.now, 'terminatedAt');
  return [
    {
      type: 'AgreementTerminated',
      data: {
        id: agreement.id,
        year: agreement.year,
        responsibleUnitId: agreement.responsibleUnitId,
        reason: command.reason,
        terminatedAt: command.terminatedAt,
      },
    },
  ];
}
