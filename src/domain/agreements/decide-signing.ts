import { ruleViolation, stateConflict } from '../shared/errors';
import { cstYear } from '../shared/time';
import { requireNotFuture, requireText, requireYear } from '../units/guards';
import type { SignAgreement } from './commands';
import type { AgreementSigned } from './events';
import { requireParties } from './guards';
import { requireControlIndicators } from './indicators';
import { requireSignatories } from './signatories';
import type { AgreementState } from './state';
import { requireTasks } from './tasks';

export function decideSigning(command: SignAgreement, state: AgreementState): AgreementSigned[] {
  if (state) throw stateConflict('already_exists', `agreement ${state.id} already exists`);
  requireText(command.id, 'id');
  const year = requireYear(command.year);
  requireText(command.issuerUnitId, 'issuerUnitId');
  requireText(command.responsibleUnitId, 'responsibleUnitId');
  if (command.issuerUnitId === command.responsibleUnitId) {
    throw ruleViolation(
      'issuer_is_responsible',
      'the issuer cannot be the responsible unit',
      'responsibleUnitId',
    );
  }
  requireParties(command, command.issuerUnitId, command.responsibleUnitId);
  requireNotFuture(command.signedAt, command.now, 'signedAt');
  const signedYear = cstYear(command.signedAt);
  if (signedYear < year - 1 || signedYear > year) {
    throw ruleViolation(
      'signed_outside_year',
      `an agreement for ${year} is signed in ${year - 1} or ${year} (CST)`,
      'signedAt',
    );
  }
  return [
    {
      type: 'AgreementSigned',
      data: {
        id: command.id,
        year,
        issuerUnitId: command.issuerUnitId,
        responsibleUnitId: command.responsibleUnitId,
        signedAt: command.signedAt,
        signatories: requireSignatories(command.signatories, command, command.signedAt),
        controlIndicators: requireControlIndicators(command.controlIndicators),
        tasks: requireTasks(command.tasks, command.taskSectionPoints),
      },
    },
  ];
}
