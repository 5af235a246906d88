import { ruleViolation, stateConflict } from '../shared/errors';
import type { ReportIncident } from './commands';
import type { IncidentEvent, IncidentReported } from './events';
import { gradeIncident } from './grading';
import {
  requireCasualties,
  requireHeadInformedBetween,
  requireNotFuture,
  requireText,
} from './guards';
import { automaticLateFinding, findingEstablished, isLateReport } from './lateness';
import { headInformedAtOf, type IncidentState } from './state';

export function decideReport(command: ReportIncident, state: IncidentState): IncidentEvent[] {
  if (state) throw stateConflict('already_exists', `incident ${state.id} already exists`);
  requireText(command.id, 'id');
  requireText(command.unitId, 'unitId');
  requireText(command.industry, 'industry');
  requireText(command.description, 'description');
  if (command.place.unitId !== command.unitId) {
    throw ruleViolation('place_mismatch', 'the place facts are not of unitId', 'unitId');
  }
  const occurredMs = requireNotFuture(command.occurredAt, command.now, 'occurredAt');
  const reportedMs = requireNotFuture(command.reportedAt, command.now, 'reportedAt');
  if (reportedMs < occurredMs) {
    throw ruleViolation(
      'reported_before_occurrence',
      'reportedAt is before occurredAt',
      'reportedAt',
    );
  }
  requireHeadInformedBetween(command.headInformedAt, occurredMs, reportedMs);
  requireCasualties(command);

  const headInformedAt = headInformedAtOf(command);
  const late = isLateReport(headInformedAt, command.reportedAt);
  const reported: IncidentReported = {
    type: 'IncidentReported',
    data: {
      id: command.id,
      unitId: command.unitId,
      industry: command.industry,
      ...registeredIndustry(command),
      occurredAt: command.occurredAt,
      ...(command.headInformedAt !== undefined && { headInformedAt: command.headInformedAt }),
      reportedAt: command.reportedAt,
      deaths: command.deaths,
      seriousInjuries: command.seriousInjuries,
      directLossYuan: command.directLossYuan,
      description: command.description,
      grade: gradeIncident(command),
      late,
    },
  };
  if (!late) return [reported];
  return [
    reported,
    findingEstablished(automaticLateFinding(headInformedAt, command.reportedAt, command.unitId)),
  ];
}

/** The reported industry is kept; an enterprise's differing registered industry is recorded. */
function registeredIndustry({ place, industry }: ReportIncident): { registeredIndustry?: string } {
  const differs = place.kind === 'enterprise' && place.industry && place.industry !== industry;
  return differs ? { registeredIndustry: place.industry } : {};
}
