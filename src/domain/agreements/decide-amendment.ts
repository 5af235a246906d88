import { ruleViolation } from '../shared/errors';
import type { AmendAgreement } from './commands';
import type { AgreementAmended } from './events';
import { requireChange, requireParties } from './guards';
import { requireControlIndicators } from './indicators';
import { requireSignatories } from './signatories';
import type { AgreementState } from './state';
import { requireTasks } from './tasks';

export function decideAmendment(
  command: AmendAgreement,
  state: AgreementState,
): AgreementAmended[] {
  const agreement = requireChange(state, command, command.amendedAt, 'amendedAt');
  const { controlIndicators, tasks, signatories } = command;
  if (controlIndicators === undefined && tasks === undefined && signatories === undefined) {
    throw ruleViolation(
      'nothing_to_amend',
      'an amendment changes indicators, tasks or signatories',
    );
  }
  if (signatories !== undefined) {
    requireParties(command, agreement.issuerUnitId, agreement.responsibleUnitId);
  }
  return [
    {
      type: 'AgreementAmended',
      data: {
        id: agreement.id,
        year: agreement.year,
        responsibleUnitId: agreement.responsibleUnitId,
        reason: command.reason,
        amendedAt: command.amendedAt,
        ...(controlIndicators && {
          controlIndicators: requireControlIndicators(controlIndicators),
        }),
        ...(tasks && { tasks: requireTasks(tasks, command.taskSectionPoints) }),
        ...(signatories && {
          signatories: requireSignatories(signatories, command, command.amendedAt),
        }),
      },
    },
  ];
}
