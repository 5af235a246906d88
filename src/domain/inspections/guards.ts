import { ruleViolation } from '../shared/errors';
import { toMs } from '../shared/time';

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

/** A past time not before `earliest` (e.g. a rectification not before identification). */
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

/** A deadline strictly after `start`. */
export function requireDeadlineAfter(iso: unknown, start: string, field: string): number {
  const ms = requireTime(iso, field);
  if (ms <= toMs(start)) {
    throw ruleViolation('deadline_not_after_start', `${field} is not after ${start}`, field);
  }
  return ms;
}

export const isAmount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

export function requireAmount(value: unknown, field: string): number {
  if (!isAmount(value)) {
    throw ruleViolation('invalid_amount', `${field} must be a non-negative amount`, field);
  }
  return value;
}

export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') {
    throw ruleViolation('invalid_boolean', `${field} must be true or false`, field);
  }
  return value;
}
