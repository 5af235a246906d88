import { notFound, ruleViolation } from '../shared/errors';
import { toMs } from '../shared/time';
import type { Casualties } from './grading';
import type { Incident, IncidentState } from './state';

export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw ruleViolation('required', `${field} must not be empty`, field);
  }
  return value;
}

export function requireTime(iso: unknown, field: string): number {
  const ms = typeof iso === 'string' ? toMs(iso) : Number.NaN;
  if (Number.isNaN(ms)) throw ruleViolation('invalid_time', `${field} is not a valid time`, field);
  return ms;
}

export function requireNotFuture(iso: string, now: string, field: string): number {
  const ms = requireTime(iso, field);
  if (ms > toMs(now)) throw ruleViolation('in_future', `${field} is in the future`, field);
  return ms;
}

/** A past time not before `earliest` (e.g. a revision not before the occurrence). */
export function requirePastTimeFrom(
  iso: string,
  earliest: string,
  now: string,
  field: string,
  code: string,
): number {
  const ms = requireNotFuture(iso, now, field);
  if (ms < toMs(earliest)) throw ruleViolation(code, `${field} is before ${earliest}`, field);
  return ms;
}

export function requireCasualties(casualties: Casualties): void {
  for (const field of ['deaths', 'seriousInjuries'] as const) {
    const value = casualties[field];
    if (!Number.isInteger(value) || value < 0) {
      throw ruleViolation('invalid_count', `${field} must be a non-negative integer`, field);
    }
  }
  const loss = casualties.directLossYuan;
  if (typeof loss !== 'number' || !Number.isFinite(loss) || loss < 0) {
    throw ruleViolation(
      'invalid_amount',
      'directLossYuan must be a non-negative amount',
      'directLossYuan',
    );
  }
}

export function requireReported(state: IncidentState): Incident {
  if (!state) throw notFound('incident_not_found', 'incident not found');
  return state;
}
