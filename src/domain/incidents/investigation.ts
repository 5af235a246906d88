import { calendarPeriodEnd, isPastPeriodEnd } from '../shared/time';
import type { Incident } from './state';

export const INVESTIGATION_DAYS = 60;
export const MAX_EXTENSION_DAYS = 60;

/** Concluded within 60 calendar days of occurrence unless extended (民法典 art. 201). */
export const normalInvestigationDeadline = (incident: Pick<Incident, 'occurredAt'>): string =>
  calendarPeriodEnd(incident.occurredAt, INVESTIGATION_DAYS);

/** One extension of at most 60 calendar days past the normal deadline. */
export const latestExtensionUntil = (incident: Pick<Incident, 'occurredAt'>): string =>
  calendarPeriodEnd(incident.occurredAt, INVESTIGATION_DAYS + MAX_EXTENSION_DAYS);

/** The first instant past the time allowed: the normal deadline, or the extension's `until`. */
export const investigationDeadline = (
  incident: Pick<Incident, 'occurredAt' | 'investigation'>,
): string => incident.investigation?.extension?.until ?? normalInvestigationDeadline(incident);

/**
 * Concluded at or after the deadline, or not concluded and the deadline has come at the reference
 * time. The duty runs from occurrence, so an investigation never opened can be overdue too.
 */
export function isInvestigationOverdue(
  incident: Pick<Incident, 'occurredAt' | 'investigation'>,
  referenceIso: string,
): boolean {
  const concludedAt = incident.investigation?.conclusion?.concludedAt;
  return isPastPeriodEnd(concludedAt ?? referenceIso, investigationDeadline(incident));
}
