export { requireText, requireTime, requireNotFuture, requirePastTimeFrom } from '../shared/guards';
import { ruleViolation } from '../shared/errors';
import { requireTime } from '../shared/guards';
import { toMs } from '../shared/time';

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
