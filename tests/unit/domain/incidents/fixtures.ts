import type { ReportIncident } from '../../../../src/domain/incidents/commands';
import { incidentDecider } from '../../../../src/domain/incidents/decider';
import type { IncidentEvent, IncidentReported } from '../../../../src/domain/incidents/events';
import { spec } from '../decider-spec';

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const OCCURRED = '2025-03-01T02:00:00.000Z';
export const NOW = '2025-12-31T00:00:00.000Z';

export const after = (iso: string, ms: number): string =>
  new Date(Date.parse(iso) + ms).toISOString();

/** Incident I1 at enterprise E1 as reported (command and event alike). */
export const I1 = {
  id: 'I1',
  unitId: 'E1',
  industry: 'construction',
  occurredAt: OCCURRED,
  reportedAt: after(OCCURRED, 30 * MINUTE),
  deaths: 0,
  seriousInjuries: 0,
  directLossYuan: 0,
  description: 'scaffold collapse',
};

export const reportCommand = (overrides: Partial<ReportIncident> = {}): ReportIncident => ({
  type: 'ReportIncident',
  ...I1,
  place: { unitId: 'E1', kind: 'enterprise', industry: 'construction' },
  now: NOW,
  ...overrides,
});

export const reported = (overrides: Partial<IncidentReported['data']> = {}): IncidentReported => ({
  type: 'IncidentReported',
  data: {
    ...I1,
    grade: 'general',
    late: false,
    ...overrides,
  },
});

/** Given / when / then for the incident decider. */
export const incident = spec(incidentDecider);

/** Given I1 reported, and nothing since. */
export const reportedIncident = incident.given([reported()]);

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
