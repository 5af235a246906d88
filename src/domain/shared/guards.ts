import { ruleViolation } from './errors';
import { toMs } from './time';

/** Checks every context uses; refusals are 422 with the field named. */

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

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

/**
 * An extension's reason and time (an investigation's, a hazard deadline's): a reason is required,
 * and `extendedAt` (default: now) is not in the future nor before `since`. Returns `extendedAt`.
 */
export function requireExtension(
  command: { readonly reason: string; readonly extendedAt?: string; readonly now: string },
  since: string,
  code: string,
): string {
  requireText(command.reason, 'reason');
  const extendedAt = command.extendedAt ?? command.now;
  requirePastTimeFrom(extendedAt, since, command.now, 'extendedAt', code);
  return extendedAt;
}

export function requireYear(year: unknown, field = 'year'): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw ruleViolation(
      'invalid_year',
      `${field} must be an integer from ${MIN_YEAR} to ${MAX_YEAR}`,
      field,
    );
  }
  return year;
}

export const isNonNegativeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
