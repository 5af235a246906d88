import { ruleViolation, stateConflict } from '../shared/errors';
import { toMs } from '../shared/time';
import type { CorrectIncidentDetails } from './commands';
import type { IncidentEvent } from './events';
import {
  requireHeadInformedBetween,
  requireNotFuture,
  requirePastTimeFrom,
  requireReported,
  requireText,
} from './guards';
import { automaticLateFinding, findingEstablished, isLateReport } from './lateness';
import { isReportFinding } from './relay';
import { type Casualties, gradeIncident } from './grading';
import {
  type CasualtyField,
  CORRECTABLE_FIELDS,
  correctableValue,
  type CorrectableField,
  isCasualtyField,
  type Incident,
  headInformedAtOf,
  type IncidentState,
} from './state';

type Times = Pick<Incident, 'occurredAt' | 'reportedAt'> & { headInformedAt: string };
/** Fields the automatic late finding rests on: its times, and the place it names. */
const LATE_FINDING_FIELDS: readonly CorrectableField[] = [
  'occurredAt',
  'reportedAt',
  'headInformedAt',
  'unitId',
];

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
  const from = correctableValue(incident, field);
  if (from === to) throw ruleViolation('no_change', `${field} is already ${to}`, 'to');

  const times = correctedTimes(incident, field, to, command.now);
  const grade = isCasualtyField(field)
    ? gradeIncident(correctedCasualties(incident, field, to))
    : null;
  return [
    {
      type: 'IncidentDetailsCorrected',
      data: {
        field,
        from,
        to,
        reason: command.reason,
        correctedAt,
        late: isLateReport(times.headInformedAt, times.reportedAt),
        ...(grade && { grade }),
      },
    },
    ...lateFindingChanges(incident, times, field === 'unitId' ? to : incident.unitId, {
      field,
      correctedAt,
    }),
  ];
}

/** Counts are written as whole numbers, amounts of yuan as decimals, without leading zeros. */
const COUNT = {
  pattern: /^(0|[1-9][0-9]*)$/,
  code: 'invalid_count',
  written: 'a whole number (e.g. 3)',
};
const CASUALTY_VALUE: Record<CasualtyField, typeof COUNT> = {
  deaths: COUNT,
  seriousInjuries: COUNT,
  directLossYuan: {
    pattern: /^(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/,
    code: 'invalid_amount',
    written: 'an amount (e.g. 1250000.5)',
  },
};

/** The incident's casualties and loss with `field` corrected to `to`. */
function correctedCasualties(incident: Incident, field: CasualtyField, to: string): Casualties {
  const { pattern, code, written } = CASUALTY_VALUE[field];
  if (!pattern.test(to) || !Number.isSafeInteger(Math.trunc(Number(to)))) {
    throw ruleViolation(code, `${field} must be written as ${written}, not negative`, 'to');
  }
  const { deaths, seriousInjuries, directLossYuan } = incident;
  return { deaths, seriousInjuries, directLossYuan, [field]: Number(to) };
}

function correctedTimes(
  incident: Incident,
  field: CorrectableField,
  to: string,
  now: string,
): Times {
  const current: Times = { ...incident, headInformedAt: headInformedAtOf(incident) };
  if (field === 'reportedAt') {
    requirePastTimeFrom(to, incident.occurredAt, now, 'to', 'reported_before_occurrence');
    requireHeadInformedBetween(incident.headInformedAt, toMs(incident.occurredAt), toMs(to), 'to');
    return { ...current, reportedAt: to };
  }
  if (field === 'occurredAt') {
    requireOccurrenceBeforeRecords(incident, to, now);
    requireHeadInformedBetween(incident.headInformedAt, toMs(to), toMs(incident.reportedAt), 'to');
    return { ...current, occurredAt: to, headInformedAt: incident.headInformedAt ?? to };
  }
  if (field === 'headInformedAt') {
    requireNotFuture(to, now, 'to');
    requireHeadInformedBetween(to, toMs(incident.occurredAt), toMs(incident.reportedAt), 'to');
    return { ...current, headInformedAt: to };
  }
  return current;
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
    ...incident.relays.map((r) => r.receivedAt),
  ];
  if (recorded.some((iso) => toMs(iso) < ms)) {
    throw ruleViolation(
      'occurred_after_records',
      'occurredAt would follow a recorded revision, finding or relay',
      'to',
    );
  }
}

function lateFindingChanges(
  incident: Incident,
  times: Times,
  place: string,
  { field, correctedAt }: { field: CorrectableField; correctedAt: string },
): IncidentEvent[] {
  if (!LATE_FINDING_FIELDS.includes(field)) return [];
  const current = incident.findings.find((f) => f.kind === 'late' && isReportFinding(f));
  if (current && !current.automatic) return [];
  const expected = isLateReport(times.headInformedAt, times.reportedAt)
    ? automaticLateFinding(times.headInformedAt, times.reportedAt, place)
    : null;
  if (current && expected && sameFinding(current, expected)) return [];

  const events: IncidentEvent[] = [];
  if (current) {
    events.push({
      type: 'MisreportingFindingWithdrawn',
      data: { kind: 'late', withdrawnAt: correctedAt, reason: `correction of ${field}` },
    });
  }
  if (expected) events.push(findingEstablished(expected));
  return events;
}

type FindingKey = Pick<
  Incident['findings'][number],
  'establishedAt' | 'detail' | 'responsibleUnitIds'
>;

const sameFinding = (a: FindingKey, b: FindingKey): boolean =>
  a.establishedAt === b.establishedAt &&
  a.detail === b.detail &&
  a.responsibleUnitIds.join('\u0000') === b.responsibleUnitIds.join('\u0000');
