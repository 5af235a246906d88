import { notFound, ruleViolation, stateConflict } from '../../shared/errors';
import {
  requireAmount,
  requireBoolean,
  requireNotFuture,
  requirePastTimeFrom,
  requireText,
} from '../guards';
import type { CloseReport, ReceiveReport, VerifyReport } from './commands';
import type { ReportEvent, ReportVerified } from './events';
import type { Report, ReportState } from './state';

export function decideReceipt(command: ReceiveReport, state: ReportState): ReportEvent[] {
  if (state) throw stateConflict('already_exists', `report ${state.id} already exists`);
  requireText(command.id, 'id');
  requireText(command.subjectUnitId, 'subjectUnitId');
  requireNotFuture(command.receivedAt, command.now, 'receivedAt');
  requireText(command.content, 'content');
  const anonymous = requireBoolean(command.anonymous, 'anonymous');
  const { id, subjectUnitId, receivedAt, content } = command;
  return [{ type: 'ReportReceived', data: { id, subjectUnitId, receivedAt, content, anonymous } }];
}

/** Once only; links and a reward (举报奖励) only for a substantiated report. */
export function decideVerification(command: VerifyReport, state: ReportState): ReportEvent[] {
  const report = requireReceived(state);
  if (report.status !== 'received') {
    throw stateConflict('already_verified', `report ${report.id} is already verified`);
  }
  const substantiated = requireBoolean(command.substantiated, 'substantiated');
  requirePastTimeFrom(
    command.verifiedAt,
    report.receivedAt,
    command.now,
    'verifiedAt',
    'verified_before_receipt',
  );
  const data: ReportVerified['data'] = { substantiated, verifiedAt: command.verifiedAt };
  const hazardIds = linkedIds(command.hazardIds, 'hazardIds', substantiated);
  const penaltyIds = linkedIds(command.penaltyIds, 'penaltyIds', substantiated);
  if (hazardIds) data.hazardIds = hazardIds;
  if (penaltyIds) data.penaltyIds = penaltyIds;
  if (command.rewardYuan !== undefined) {
    requireSubstantiated(substantiated, 'rewardYuan');
    data.rewardYuan = requireAmount(command.rewardYuan, 'rewardYuan');
  }
  return [{ type: 'ReportVerified', data }];
}

export function decideClosure(command: CloseReport, state: ReportState): ReportEvent[] {
  const report = requireReceived(state);
  if (report.status === 'closed') {
    throw stateConflict('already_closed', `report ${report.id} is already closed`);
  }
  if (!report.verification) {
    throw ruleViolation('not_verified', `report ${report.id} is not verified`);
  }
  const closedAt = command.closedAt ?? command.now;
  requirePastTimeFrom(
    closedAt,
    report.verification.verifiedAt,
    command.now,
    'closedAt',
    'closed_before_verification',
  );
  return [{ type: 'ReportClosed', data: { closedAt } }];
}

function requireReceived(state: ReportState): Report {
  if (!state) throw notFound('report_not_found', 'report not found');
  return state;
}

function linkedIds(
  ids: readonly string[] | undefined,
  field: string,
  substantiated: boolean,
): string[] | undefined {
  if (ids === undefined || ids.length === 0) return undefined;
  requireSubstantiated(substantiated, field);
  ids.forEach((id, i) => requireText(id, `${field}[${i}]`));
  return [...new Set(ids)];
}

function requireSubstantiated(substantiated: boolean, field: string): void {
  if (!substantiated) {
    throw ruleViolation(
      'not_substantiated',
      `${field} is only recorded for a substantiated report`,
      field,
    );
  }
}
