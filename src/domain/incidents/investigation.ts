import { DAY_MS, toMs } from '../shared/time';
import type { Incident } from './state';

export const INVESTIGATION_DAYS = 60;
export const MAX_EXTENSION_DAYS = 60;

const addDays = (iso: string, days: number): string =>
  new Date(toMs(iso) + days * DAY_MS).toISOString();

/** Concluded within 60 days of occurrence unless extended. */
export const normalInvestigationDeadline = (incident: Pick<Incident, 'occurredAt'>): string =>
  addDays(incident.occurredAt, INVESTIGATION_DAYS);

export const latestExtensionUntil = (incident: Pick<Incident, 'occurredAt'>): string =>
  addDays(normalInvestigationDeadline(incident), MAX_EXTENSION_DAYS);

export const investigationDeadline = (
  incident: Pick<Incident, 'occurredAt' | 'investigation'>,
): string => incident.investigation?.extension?.until ?? normalInvestigationDeadline(incident);

/**
 * Concluded after the deadline, or not concluded and the deadline has passed at the reference
 * time. The duty runs from occurrence, so an investigation never opened can be overdue too.
 */
export function isInvestigationOverdue(
  incident: Pick<Incident, 'occurredAt' | 'investigation'>,
  referenceIso: string,
): boolean {
  const deadlineMs = toMs(investigationDeadline(incident));
  const concludedAt = incident.investigation?.conclusion?.concludedAt;
  return toMs(concludedAt ?? referenceIso) > deadlineMs;
}
