import type { ReportIncident } from '../../../../src/domain/incidents/commands';
import type { IncidentEvent, IncidentReported } from '../../../../src/domain/incidents/events';

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const OCCURRED = '2025-03-01T02:00:00.000Z';
export const NOW = '2025-12-31T00:00:00.000Z';

export const after = (iso: string, ms: number): string =>
  new Date(Date.parse(iso) + ms).toISOString();

export const reportCommand = (overrides: Partial<ReportIncident> = {}): ReportIncident => ({
  type: 'ReportIncident',
  id: 'I1',
  unitId: 'E1',
  industry: 'construction',
  occurredAt: OCCURRED,
  reportedAt: after(OCCURRED, 30 * MINUTE),
  deaths: 0,
  seriousInjuries: 0,
  directLossYuan: 0,
  description: 'scaffold collapse',
  place: { unitId: 'E1', kind: 'enterprise', industry: 'construction' },
  now: NOW,
  ...overrides,
});

export const reported = (overrides: Partial<IncidentReported['data']> = {}): IncidentReported => ({
  type: 'IncidentReported',
  data: {
    id: 'I1',
    unitId: 'E1',
    industry: 'construction',
    occurredAt: OCCURRED,
    reportedAt: after(OCCURRED, 30 * MINUTE),
    deaths: 0,
    seriousInjuries: 0,
    directLossYuan: 0,
    description: 'scaffold collapse',
    grade: 'general',
    late: false,
    ...overrides,
  },
});

export const opened = (openedAt = after(OCCURRED, DAY)): IncidentEvent => ({
  type: 'InvestigationOpened',
  data: { openedAt },
});

export const extended = (until: string, extendedAt = after(OCCURRED, 50 * DAY)): IncidentEvent => ({
  type: 'InvestigationExtended',
  data: { until, reason: 'expert appraisal pending', extendedAt },
});

export const finding = (
  kind: 'late' | 'omitted' | 'false' | 'concealed',
  establishedAt: string,
  automatic = false,
  detail = 'established by the investigation team',
): IncidentEvent => ({
  type: 'MisreportingFindingEstablished',
  data: { kind, establishedAt, detail, automatic },
});
