import type { ReviseCasualties } from './commands';
import type { IncidentEvent } from './events';
import { gradeIncident } from './grading';
import { requireCasualties, requirePastTimeFrom, requireReported } from './guards';
import { isRevisedAfterWindow } from './revision-window';
import type { IncidentState } from './state';

/** 补报: accepted at any time, re-grades, and is flagged when after the revision window. */
export function decideRevision(command: ReviseCasualties, state: IncidentState): IncidentEvent[] {
  const incident = requireReported(state);
  requireCasualties(command);
  requirePastTimeFrom(
    command.revisedAt,
    incident.occurredAt,
    command.now,
    'revisedAt',
    'revised_before_occurrence',
  );
  return [
    {
      type: 'CasualtiesRevised',
      data: {
        deaths: command.deaths,
        seriousInjuries: command.seriousInjuries,
        directLossYuan: command.directLossYuan,
        revisedAt: command.revisedAt,
        previousGrade: incident.grade,
        grade: gradeIncident(command),
        revisedAfterWindow: isRevisedAfterWindow(
          incident.occurredAt,
          incident.industry,
          command.revisedAt,
        ),
      },
    },
  ];
}
