import type { RecordRelay } from '../../../../src/domain/incidents/commands';
import { incidentDecider } from '../../../../src/domain/incidents/decider';
import type { IncidentEvent } from '../../../../src/domain/incidents/events';
import { fold } from '../../../../src/domain/shared/decider';
import {
  HOUR,
  MINUTE,
  NOW,
  OCCURRED,
  after,
  finding,
  reported,
  incident,
  reportedIncident,
} from './fixtures';

const RECEIVED = after(OCCURRED, 45 * MINUTE);

const relay = (overrides: Partial<RecordRelay> = {}): RecordRelay => ({
  type: 'RecordRelay',
  unitId: 'T1',
  receivedAt: RECEIVED,
  forwardedAt: after(RECEIVED, HOUR),
  now: NOW,
  ...overrides,
});

const relayed = (forwardedAt: string, late: boolean, unitId = 'T1'): IncidentEvent => ({
  type: 'IncidentRelayed',
  data: { unitId, receivedAt: RECEIVED, forwardedAt, late },
});

describe('RecordRelay: each level passes the report up within 2 hours (493号令 art. 10)', () => {
  it('records a relay forwarded exactly 2 hours after receipt, in time', () => {
    const forwardedAt = after(RECEIVED, 2 * HOUR);
    reportedIncident.when(relay({ forwardedAt })).then([relayed(forwardedAt, false)]);
  });

  it('a relay 2 hours and 1 minute after receipt is late: a finding against the relaying unit at forwardedAt', () => {
    const forwardedAt = after(RECEIVED, 2 * HOUR + MINUTE);
    reportedIncident.when(relay({ forwardedAt })).then([
      relayed(forwardedAt, true),
      {
        type: 'MisreportingFindingEstablished',
        data: {
          kind: 'late',
          establishedAt: forwardedAt,
          detail: 'relayed by T1 121 minutes after receipt',
          automatic: true,
          responsibleUnitIds: ['T1'],
          responsiblePersonIds: [],
          relayUnitId: 'T1',
        },
      },
    ]);
  });

  it('refuses a relay forwarded before it was received', () => {
    reportedIncident
      .when(relay({ forwardedAt: after(RECEIVED, -1) }))
      .thenThrows('rule', 'forwarded_before_receipt');
  });

  it('refuses a relay received before the incident occurred', () => {
    reportedIncident
      .when(relay({ receivedAt: after(OCCURRED, -1) }))
      .thenThrows('rule', 'received_before_occurrence');
  });

  it('refuses times in the future, an unknown incident, and a second relay by the same unit', () => {
    reportedIncident.when(relay({ forwardedAt: after(NOW, 1) })).thenThrows('rule', 'in_future');
    incident.given([]).when(relay()).thenThrows('not_found');
    incident
      .given([reported(), relayed(after(RECEIVED, HOUR), false)])
      .when(relay())
      .thenThrows('state', 'relay_exists');
  });

  it('a late relay and a late report are two findings; another level may relay late too', () => {
    const lateReport = after(OCCURRED, 2 * HOUR);
    const events = [
      reported({ reportedAt: lateReport, late: true }),
      finding('late', lateReport, true),
      ...reportedIncident.when(relay({ forwardedAt: after(RECEIVED, 3 * HOUR) })).events(),
    ];
    incident
      .given(events)
      .when(relay({ unitId: 'C1', forwardedAt: after(RECEIVED, 3 * HOUR) }))
      .thenMatches([
        { type: 'IncidentRelayed' },
        {
          type: 'MisreportingFindingEstablished',
          data: expect.objectContaining({ responsibleUnitIds: ['C1'] }),
        },
      ]);
    const state = fold(incidentDecider, events);
    expect(state?.findings.map((f) => f.responsibleUnitIds)).toEqual([['E1'], ['T1']]);
  });

  it("withdrawing the report's automatic late finding leaves the relay's finding", () => {
    const lateReport = after(OCCURRED, 2 * HOUR);
    const state = fold(incidentDecider, [
      reported({ reportedAt: lateReport, late: true }),
      finding('late', lateReport, true),
      ...reportedIncident.when(relay({ forwardedAt: after(RECEIVED, 3 * HOUR) })).events(),
      {
        type: 'MisreportingFindingWithdrawn',
        data: { kind: 'late', withdrawnAt: NOW, reason: 'correction of reportedAt' },
      },
    ]);
    expect(state?.findings).toEqual([expect.objectContaining({ relayUnitId: 'T1' })]);
  });

  it('a late relay does not stand in the way of a late finding on the report', () => {
    incident
      .given([
        reported(),
        ...reportedIncident.when(relay({ forwardedAt: after(RECEIVED, 3 * HOUR) })).events(),
      ])
      .when({
        type: 'EstablishMisreportingFinding',
        kind: 'late',
        establishedAt: after(OCCURRED, 5 * HOUR),
        detail: 'the report was held back',
        now: NOW,
      })
      .thenMatches([
        {
          type: 'MisreportingFindingEstablished',
          data: expect.objectContaining({ responsibleUnitIds: ['E1'] }),
        },
      ]);
  });
});
