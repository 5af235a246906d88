export { requireText, requireTime, requireNotFuture, requirePastTimeFrom } from '../shared/guards';
import { notFound, ruleViolation } from '../shared/errors';
import { requireTime } from '../shared/guards';
import type { Casualties } from './grading';
import type { Incident, IncidentState } from './state';

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

/** The head learns of an incident once it has occurred and reports it after learning of it. */
export function requireHeadInformedBetween(
  headInformedAt: string | undefined,
  occurredMs: number,
  reportedMs: number,
  field = 'headInformedAt',
): void {
  if (headInformedAt === undefined) return;
  const ms = requireTime(headInformedAt, field);
  if (ms < occurredMs) {
    throw ruleViolation('head_informed_before_occurrence', `${field} is before occurredAt`, field);
  }
  if (ms > reportedMs) {
    throw ruleViolation('head_informed_after_report', `${field} is after reportedAt`, field);
  }
}
