import { ruleViolation } from '../shared/errors';
import { toMs } from '../shared/time';

/** What the handler knows of the unit an enforcement decision targets. */
export interface TargetUnitFacts {
  readonly id: string;
  readonly kind: string;
}

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

export function requireEnterprise(facts: TargetUnitFacts, enterpriseId: string): void {
  if (facts.id !== enterpriseId) {
    throw ruleViolation(
      'enterprise_mismatch',
      'the unit facts are not of enterpriseId',
      'enterpriseId',
    );
  }
  if (facts.kind !== 'enterprise') {
    throw ruleViolation(
      'not_an_enterprise',
      `${enterpriseId} is not an enterprise`,
      'enterpriseId',
    );
  }
}
