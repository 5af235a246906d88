import { incidentStreamId } from '../../../../src/domain/incidents/decider';
import {
  HOUR,
  MINUTE,
  NOW,
  OCCURRED,
  after,
  reportCommand,
  reported,
  incident,
  reportedIncident,
} from './fixtures';

describe('ReportIncident', () => {
  it('names its stream incident-<id>', () => {
    expect(incidentStreamId('I3')).toBe('incident-I3');
  });

  it('records the incident with its grade, on time', () => {
    incident
      .given([])
      .when(reportCommand({ deaths: 3 }))
      .then([reported({ deaths: 3, grade: 'larger' })]);
  });

  it('grades by serious injuries and by direct loss too', () => {
    incident
      .given([])
      .when(reportCommand({ seriousInjuries: 50 }))
      .thenMatches([
        { type: 'IncidentReported', data: expect.objectContaining({ grade: 'major' }) },
      ]);
    incident
      .given([])
      .when(reportCommand({ directLossYuan: 100_000_000 }))
      .thenMatches([
        { type: 'IncidentReported', data: expect.objectContaining({ grade: 'especially_major' }) },
      ]);
  });

  it('reported at exactly 60 minutes is on time and establishes no finding', () => {
    const reportedAt = after(OCCURRED, HOUR);
    incident
      .given([])
      .when(reportCommand({ reportedAt }))
      .then([reported({ reportedAt, late: false })]);
  });

  it('reported at 60 minutes + 1 ms is late and establishes an automatic late finding at reportedAt', () => {
    const reportedAt = after(OCCURRED, HOUR + 1);
    incident
      .given([])
      .when(reportCommand({ reportedAt }))
      .then([
        reported({ reportedAt, late: true }),
        {
          type: 'MisreportingFindingEstablished',
          data: {
            kind: 'late',
            establishedAt: reportedAt,
            detail: 'reported 61 minutes after the head of the unit learnt of it',
            responsibleUnitIds: ['E1'],
            responsiblePersonIds: [],
            automatic: true,
          },
        },
      ]);
  });

  it('reported at 61 minutes is late', () => {
    const reportedAt = after(OCCURRED, 61 * MINUTE);
    incident
      .given([])
      .when(reportCommand({ reportedAt }))
      .thenMatches([
        { type: 'IncidentReported', data: expect.objectContaining({ late: true }) },
        { type: 'MisreportingFindingEstablished', data: expect.objectContaining({ kind: 'late' }) },
      ]);
  });

  it('accepts a report at the moment of occurrence', () => {
    incident
      .given([])
      .when(reportCommand({ reportedAt: OCCURRED }))
      .then([reported({ reportedAt: OCCURRED })]);
  });

  it('refuses reportedAt before occurredAt', () => {
    incident
      .given([])
      .when(reportCommand({ reportedAt: after(OCCURRED, -1) }))
      .thenThrows('rule', 'reported_before_occurrence');
  });

  it('refuses an occurredAt in the future', () => {
    incident
      .given([])
      .when(reportCommand({ occurredAt: after(NOW, 1), reportedAt: after(NOW, 2) }))
      .thenThrows('rule', 'in_future');
  });

  it('refuses a reportedAt in the future', () => {
    incident
      .given([])
      .when(reportCommand({ reportedAt: after(NOW, 1) }))
      .thenThrows('rule', 'in_future');
  });

  it('accepts times equal to now', () => {
    incident
      .given([])
      .when(reportCommand({ occurredAt: NOW, reportedAt: NOW }))
      .then([reported({ occurredAt: NOW, reportedAt: NOW })]);
  });

  it('refuses an invalid time', () => {
    incident
      .given([])
      .when(reportCommand({ occurredAt: 'yesterday' }))
      .thenThrows('rule', 'invalid_time');
  });

  it.each([
    ['negative deaths', { deaths: -1 }, 'invalid_count'],
    ['fractional deaths', { deaths: 1.5 }, 'invalid_count'],
    ['negative serious injuries', { seriousInjuries: -2 }, 'invalid_count'],
    ['fractional serious injuries', { seriousInjuries: 0.5 }, 'invalid_count'],
    ['negative loss', { directLossYuan: -0.01 }, 'invalid_amount'],
    ['infinite loss', { directLossYuan: Infinity }, 'invalid_amount'],
  ])('refuses %s', (_label, overrides, code) => {
    incident.given([]).when(reportCommand(overrides)).thenThrows('rule', code);
  });

  it('accepts a fractional loss in yuan', () => {
    incident
      .given([])
      .when(reportCommand({ directLossYuan: 1234.5 }))
      .then([reported({ directLossYuan: 1234.5 })]);
  });

  it('refuses an empty description', () => {
    incident
      .given([])
      .when(reportCommand({ description: '  ' }))
      .thenThrows('rule', 'required');
  });

  it('refuses place facts of another unit', () => {
    incident
      .given([])
      .when(
        reportCommand({ place: { unitId: 'E2', kind: 'enterprise', industry: 'construction' } }),
      )
      .thenThrows('rule', 'place_mismatch');
  });

  it("keeps the reported industry when it differs from the enterprise's, recording the registered one", () => {
    incident
      .given([])
      .when(reportCommand({ industry: 'fire' }))
      .then([reported({ industry: 'fire', registeredIndustry: 'construction' })]);
  });

  it('records no registered industry for a place that is not an enterprise', () => {
    incident
      .given([])
      .when(
        reportCommand({
          unitId: 'T1',
          industry: 'road_traffic',
          place: { unitId: 'T1', kind: 'town' },
        }),
      )
      .then([reported({ unitId: 'T1', industry: 'road_traffic' })]);
  });

  it('refuses reporting the same incident twice', () => {
    reportedIncident.when(reportCommand()).thenThrows('state', 'already_exists');
  });
});
