import type { TerminateAgreement } from './commands';
import type { AgreementTerminated } from './events';
import { requireChange } from './guards';
import type { AgreementState } from './state';

export function decideTermination(
  command: TerminateAgreement,
  state: AgreementState,
): AgreementTerminated[] {
  const agreement = requireChange(state, command, command.terminatedAt, 'terminatedAt');
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
