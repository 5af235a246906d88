import { ruleViolation, stateConflict } from '../shared/errors';
import { toMs } from '../shared/time';
import type { CorrectIncidentDetails } from './commands';
import type { IncidentEvent } from './events';
import { requireNotFuture, requirePastTimeFrom, requireReported, requireText } from './guards';
import { automaticLateFinding, isLateReport } from './lateness';
import {
  CORRECTABLE_FIELDS,
  type CorrectableField,
  type Incident,
  type IncidentState,
} from './state';

type Times = Pick<Incident, 'occurredAt' | 'reportedAt'>;

/** A correction names what it corrects and why; `late` and the automatic finding follow it. */
export function decideCorrection(
  command: CorrectIncidentDetails,
  state: IncidentState,
): IncidentEvent[] {
  const incident = requireReported(state);
  const { field, to } = command;
  if (!CORRECTABLE_FIELDS.includes(field)) {
    throw ruleViolation('invalid_field', `${String(field)} cannot be corrected`, 'field');
  }
  requireText(command.reason, 'reason');
  requireText(to, 'to');
  const correctedAt = command.correctedAt ?? command.now;
  requireNotFuture(correctedAt, command.now, 'correctedAt');
  const from = incident[field];
  if (from === to) throw ruleViolation('no_change', `${field} is already ${to}`, 'to');

  const times = correctedTimes(incident, field, to, command.now);
  return [
    {
      type: 'IncidentDetailsCorrected',
      data: {
        field,
        from,
        to,
        reason: command.reason,
        correctedAt,
        late: isLateReport(times.occurredAt, times.reportedAt),
      },
    },
    ...lateFindingChanges(incident, times, field, correctedAt),
  ];
}

function correctedTimes(
  incident: Incident,
  field: CorrectableField,
  to: string,
  now: string,
): Times {
  if (field === 'reportedAt') {
    requirePastTimeFrom(to, incident.occurredAt, now, 'to', 'reported_before_occurrence');
    return { occurredAt: incident.occurredAt, reportedAt: to };
  }
  if (field === 'occurredAt') {
    requireOccurrenceBeforeRecords(incident, to, now);
    return { occurredAt: to, reportedAt: incident.reportedAt };
  }
  return incident;
}

/** The deadline of an opened investigation runs from occurrence, so it is fixed from then on. */
function requireOccurrenceBeforeRecords(incident: Incident, to: string, now: string): void {
  if (incident.investigation) {
    throw stateConflict(
      'investigation_opened',
      'occurredAt cannot be corrected once the investigation is opened',
    );
  }
  const ms = requireNotFuture(to, now, 'to');
  if (ms > toMs(incident.reportedAt)) {
    throw ruleViolation('reported_before_occurrence', 'occurredAt would follow reportedAt', 'to');
  }
  const recorded = [
    ...incident.revisions.map((r) => r.revisedAt),
    ...incident.findings.filter((f) => !f.automatic).map((f) => f.establishedAt),
  ];
  if (recorded.some((iso) => toMs(iso) < ms)) {
    throw ruleViolation(
      'occurred_after_records',
      'occurredAt would follow a recorded revision or finding',
      'to',
    );
  }
}

function lateFindingChanges(
  incident: Incident,
  times: Times,
  field: CorrectableField,
  correctedAt: string,
): IncidentEvent[] {
  if (field !== 'occurredAt' && field !== 'reportedAt') return [];
  const current = incident.findings.find((f) => f.kind === 'late');
  if (current && !current.automatic) return [];
  const expected = isLateReport(times.occurredAt, times.reportedAt)
    ? automaticLateFinding(times.occurredAt, times.reportedAt)
    : null;
  if (current && expected && sameFinding(current, expected)) return [];

  const events: IncidentEvent[] = [];
  if (current) {
    events.push({
      type: 'MisreportingFindingWithdrawn',
      data: { kind: 'late', withdrawnAt: correctedAt, reason: `correction of ${field}` },
    });
  }
  if (expected) events.push({ type: 'MisreportingFindingEstablished', data: { ...expected } });
  return events;
}

const sameFinding = (
  a: Pick<Incident['findings'][number], 'establishedAt' | 'detail'>,
  b: Pick<Incident['findings'][number], 'establishedAt' | 'detail'>,
): boolean => a.establishedAt === b.establishedAt && a.detail === b.detail;
