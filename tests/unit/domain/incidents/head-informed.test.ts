import type { CorrectIncidentDetails } from '../../../../src/domain/incidents/commands';
import { decideCorrection } from '../../../../src/domain/incidents/decide-correction';
import { incidentDecider } from '../../../../src/domain/incidents/decider';
import { spec } from '../decider-spec';
import {
  DAY,
  HOUR,
  MINUTE,
  NOW,
  OCCURRED,
  after,
  reportCommand,
  reported,
  incident,
} from './fixtures';

/** The head of the enterprise learnt of the incident 3 hours after it occurred. */
const INFORMED = after(OCCURRED, 3 * HOUR);

const lateFinding = (reportedAt: string, minutes: number) => ({
  type: 'MisreportingFindingEstablished' as const,
  data: {
    kind: 'late' as const,
    establishedAt: reportedAt,
    detail: `reported ${minutes} minutes after the head of the unit learnt of it`,
    automatic: true,
    responsibleUnitIds: ['E1'],
    responsiblePersonIds: [],
  },
});

describe('ReportIncident: the reporting hour runs from headInformedAt (493号令 art. 9)', () => {
  it.each([
    [59, false],
    [60, false],
  ])('reported %i minutes after the head learnt of it: on time', (minutes) => {
    const reportedAt = after(INFORMED, minutes * MINUTE);
    incident
      .given([])
      .when(reportCommand({ headInformedAt: INFORMED, reportedAt }))
      .then([reported({ headInformedAt: INFORMED, reportedAt, late: false })]);
  });

  it('reported 61 minutes after the head learnt of it: late, with a finding against the place', () => {
    const reportedAt = after(INFORMED, 61 * MINUTE);
    incident
      .given([])
      .when(reportCommand({ headInformedAt: INFORMED, reportedAt }))
      .then([
        reported({ headInformedAt: INFORMED, reportedAt, late: true }),
        lateFinding(reportedAt, 61),
      ]);
  });

  it('without headInformedAt, the hour runs from occurrence', () => {
    const reportedAt = after(OCCURRED, 61 * MINUTE);
    incident
      .given([])
      .when(reportCommand({ reportedAt }))
      .then([reported({ reportedAt, late: true }), lateFinding(reportedAt, 61)]);
  });

  it('accepts headInformedAt equal to occurredAt or to reportedAt', () => {
    const reportedAt = after(OCCURRED, 30 * MINUTE);
    incident
      .given([])
      .when(reportCommand({ headInformedAt: OCCURRED, reportedAt }))
      .thenMatches([{ type: 'IncidentReported' }]);
    incident
      .given([])
      .when(reportCommand({ headInformedAt: reportedAt, reportedAt }))
      .thenMatches([{ type: 'IncidentReported' }]);
  });

  it('refuses headInformedAt before occurredAt or after reportedAt', () => {
    const reportedAt = after(OCCURRED, 30 * MINUTE);
    incident
      .given([])
      .when(reportCommand({ headInformedAt: after(OCCURRED, -1), reportedAt }))
      .thenThrows('rule', 'head_informed_before_occurrence');
    incident
      .given([])
      .when(reportCommand({ headInformedAt: after(reportedAt, 1), reportedAt }))
      .thenThrows('rule', 'head_informed_after_report');
  });
});

describe('CorrectIncidentDetails: headInformedAt', () => {
  /** The effect of an applied correction; four-eyes-rule.test.ts covers proposal and approval. */
  const incident = spec({ ...incidentDecider, decide: decideCorrection });
  const correct = (field: CorrectIncidentDetails['field'], to: string): CorrectIncidentDetails => ({
    type: 'CorrectIncidentDetails',
    field,
    to,
    reason: 'the head was told later than recorded',
    correctedAt: after(OCCURRED, DAY),
    now: NOW,
  });
  const reportedAt = after(OCCURRED, 90 * MINUTE);

  it('is correctable: moving it later withdraws the automatic late finding', () => {
    incident
      .given([reported({ reportedAt, late: true }), lateFinding(reportedAt, 90)])
      .when(correct('headInformedAt', after(OCCURRED, 30 * MINUTE)))
      .then([
        {
          type: 'IncidentDetailsCorrected',
          data: {
            field: 'headInformedAt',
            from: OCCURRED,
            to: after(OCCURRED, 30 * MINUTE),
            reason: 'the head was told later than recorded',
            correctedAt: after(OCCURRED, DAY),
            late: false,
          },
        },
        {
          type: 'MisreportingFindingWithdrawn',
          data: {
            kind: 'late',
            withdrawnAt: after(OCCURRED, DAY),
            reason: 'correction of headInformedAt',
          },
        },
      ]);
  });

  it('moving it earlier re-derives late: 60 minutes stays on time, 81 is late', () => {
    const informed = after(OCCURRED, 20 * MINUTE);
    const onTime = after(OCCURRED, 60 * MINUTE);
    incident
      .given([reported({ headInformedAt: informed, reportedAt: onTime })])
      .when(correct('headInformedAt', OCCURRED))
      .thenMatches([
        { type: 'IncidentDetailsCorrected', data: expect.objectContaining({ late: false }) },
      ]);
    incident
      .given([reported({ headInformedAt: informed, reportedAt: after(informed, 61 * MINUTE) })])
      .when(correct('headInformedAt', OCCURRED))
      .thenMatches([
        { type: 'IncidentDetailsCorrected', data: expect.objectContaining({ late: true }) },
        lateFinding(after(informed, 61 * MINUTE), 81),
      ]);
  });

  it('refuses a headInformedAt outside occurredAt..reportedAt', () => {
    incident
      .given([reported({ reportedAt })])
      .when(correct('headInformedAt', after(OCCURRED, -1)))
      .thenThrows('rule', 'head_informed_before_occurrence');
    incident
      .given([reported({ reportedAt })])
      .when(correct('headInformedAt', after(reportedAt, 1)))
      .thenThrows('rule', 'head_informed_after_report');
  });

  it('keeps a given headInformedAt within a corrected occurredAt and reportedAt', () => {
    const informed = after(OCCURRED, 20 * MINUTE);
    incident
      .given([reported({ headInformedAt: informed, reportedAt })])
      .when(correct('occurredAt', after(informed, 1)))
      .thenThrows('rule', 'head_informed_before_occurrence');
    incident
      .given([reported({ headInformedAt: informed, reportedAt })])
      .when(correct('reportedAt', after(informed, -1)))
      .thenThrows('rule', 'head_informed_after_report');
  });

  it('without a given headInformedAt, a corrected occurredAt moves the start of the hour', () => {
    incident
      .given([reported({ reportedAt: after(OCCURRED, 50 * MINUTE) })])
      .when(correct('occurredAt', after(OCCURRED, -20 * MINUTE)))
      .thenMatches([
        { type: 'IncidentDetailsCorrected', data: expect.objectContaining({ late: true }) },
        { type: 'MisreportingFindingEstablished', data: expect.objectContaining({ kind: 'late' }) },
      ]);
  });
});
