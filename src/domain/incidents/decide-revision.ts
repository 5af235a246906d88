import { ruleViolation } from '../shared/errors';
import type { ReviseCasualties } from './commands';
import type { IncidentEvent } from './events';
import { type Casualties, gradeIncident } from './grading';
import { requireCasualties, requirePastTimeFrom, requireReported } from './guards';
import { isRevisedAfterWindow } from './revision-window';
import type { Incident, IncidentState } from './state';

/**
 * 补报: accepted at any time, re-grades, and is flagged when after the revision window; it may only
 * add to what was reported.
 */
export function decideRevision(command: ReviseCasualties, state: IncidentState): IncidentEvent[] {
  const incident = requireReported(state);
  requireCasualties(command);
  requireNothingLowered(incident, command);
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

/**
 * 补报 reports what was learnt after the report: more deaths (an injured person who dies moves
 * from one count to the other), more injured, a higher loss. Lowering what was reported is a
 * correction, which takes a second person (四眼原则, decide-four-eyes.ts).
 */
function requireNothingLowered(incident: Incident, revised: Casualties): void {
  const lowered =
    revised.deaths < incident.deaths
      ? 'deaths'
      : revised.deaths + revised.seriousInjuries < incident.deaths + incident.seriousInjuries
        ? 'seriousInjuries'
        : revised.directLossYuan < incident.directLossYuan
          ? 'directLossYuan'
          : null;
  if (lowered) {
    throw ruleViolation(
      'revision_lowers',
      `a casualty revision (补报) may not lower ${lowered}: a reported figure found too high is ` +
        'corrected by a proposal another user approves (POST /incidents/:id/corrections)',
      lowered,
    );
  }
}
