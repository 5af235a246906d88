import { ruleViolation, stateConflict } from '../../shared/errors';
import { requireEnterprise, requireNotFuture, requireText } from '../guards';
import type { DecidePenalty } from './commands';
import type { PenaltyEvent } from './events';
import { isPenaltyKind, isPenaltyPhase, type PenaltyKind } from './kinds';
import type { PenaltyState } from './state';

export function decidePenalty(command: DecidePenalty, state: PenaltyState): PenaltyEvent[] {
  if (state) throw stateConflict('already_exists', `penalty ${state.id} already exists`);
  requireText(command.id, 'id');
  requireText(command.enforcingUnitId, 'enforcingUnitId');
  requireEnterprise(command.enterprise, command.enterpriseId);
  const { kind, phase } = command;
  if (!isPenaltyKind(kind)) throw ruleViolation('invalid_kind', `unknown kind ${kind}`, 'kind');
  if (!isPenaltyPhase(phase))
    throw ruleViolation('invalid_phase', `unknown phase ${phase}`, 'phase');
  requireAmount(kind, command.amountYuan);
  requireText(command.caseNo, 'caseNo');
  requireText(command.basis, 'basis');
  requireNotFuture(command.decidedAt, command.now, 'decidedAt');
  return [
    {
      type: 'PenaltyDecided',
      data: {
        id: command.id,
        enterpriseId: command.enterpriseId,
        enforcingUnitId: command.enforcingUnitId,
        kind,
        ...(command.amountYuan !== undefined && { amountYuan: command.amountYuan }),
        caseNo: command.caseNo,
        basis: command.basis,
        decidedAt: command.decidedAt,
        phase,
      },
    },
  ];
}

/** A fine needs a positive amount; other kinds may carry a non-negative one (e.g. confiscation). */
function requireAmount(kind: PenaltyKind, amount: number | undefined): void {
  const valid = amount === undefined || (Number.isFinite(amount) && amount >= 0);
  if (!valid) throw ruleViolation('invalid_amount', 'amountYuan must be ≥ 0', 'amountYuan');
  if (kind === 'fine' && !(amount !== undefined && amount > 0)) {
    throw ruleViolation('amount_required', 'a fine needs an amount above 0', 'amountYuan');
  }
}
