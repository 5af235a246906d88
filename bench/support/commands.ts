import type { Enterprise } from '../http-load';

/** `ms` before `now`, as an ISO instant. */
export const ago = (ms: number, now = Date.now()): string => new Date(now - ms).toISOString();

/** The body of POST /hazards: a general hazard at `unitId` identified an hour ago, due in 30 days. */
export function hazardBody(id: string, unitId: string, description: string, now = Date.now()) {
  return {
    id,
    unitId,
    level: 'general',
    description,
    identifiedAt: ago(3_600_000, now),
    deadline: new Date(now + 30 * 86_400_000).toISOString(),
  };
}

/**
 * The body of POST /incidents: an incident without deaths at `enterprise`, 30 minutes ago, reported
 * on time 5 minutes ago.
 */
export function incidentBody(
  enterprise: Enterprise,
  fields: { id: string; description: string; directLossYuan: number; seriousInjuries?: number },
  now = Date.now(),
) {
  return {
    id: fields.id,
    unitId: enterprise.id,
    industry: enterprise.industry,
    occurredAt: ago(30 * 60_000, now),
    reportedAt: ago(5 * 60_000, now),
    deaths: 0,
    seriousInjuries: fields.seriousInjuries ?? 0,
    directLossYuan: fields.directLossYuan,
    description: fields.description,
  };
}
