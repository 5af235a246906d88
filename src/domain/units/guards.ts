import { ruleViolation } from '../shared/errors';
import { toMs } from '../shared/time';

/** Checks shared by several contexts; candidates for `src/domain/shared/`. */

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
