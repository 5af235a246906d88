import type { CorrectIncidentDetails } from '../../../../src/domain/incidents/commands';
import { decideCorrection } from '../../../../src/domain/incidents/decide-correction';
import { incidentDecider } from '../../../../src/domain/incidents/decider';
import { fold } from '../../../../src/domain/shared/decider';
import { spec } from '../decider-spec';
import { DAY, HOUR, MINUTE, NOW, OCCURRED, after, finding, opened, reported } from './fixtures';

/** The effect of an applied correction; four-eyes-rule.test.ts covers proposal and approval. */
const incident = spec({ ...incidentDecider, decide: decideCorrection });
const CORRECTED_AT = after(OCCURRED, 3 * DAY);
const ON_TIME = after(OCCURRED, 30 * MINUTE);

const correct = (overrides: Partial<CorrectIncidentDetails> = {}): CorrectIncidentDetails => ({
  type: 'CorrectIncidentDetails',
  field: 'description',
  to: 'scaffold collapse on floor 12',
  reason: 'typo in the first report',
  correctedAt: CORRECTED_AT,
  now: NOW,
  ...overrides,
});

describe('CorrectIncidentDetails', () => {
  it('names what it corrects, from what, to what and why', () => {
    incident
      .given([reported()])
      .when(correct())
      .then([
        {
          type: 'IncidentDetailsCorrected',
          data: {
            field: 'description',
            from: 'scaffold collapse',
            to: 'scaffold collapse on floor 12',
            reason: 'typo in the first report',
            correctedAt: CORRECTED_AT,
            late: false,
          },
        },
      ]);
  });

  it('applies the corrected value and keeps the trail', () => {
    const events = [
      reported(),
      ...incident
        .given([reported()])
        .when(correct({ field: 'unitId', to: 'E9' }))
        .events(),
    ];
    const state = fold(incidentDecider, events);
    expect(state?.unitId).toBe('E9');
    expect(state?.corrections).toEqual([
      {
        status: 'applied',
        field: 'unitId',
        from: 'E1',
        to: 'E9',
        reason: 'typo in the first report',
        correctedAt: CORRECTED_AT,
      },
    ]);
  });

  it('correcting reportedAt to more than an hour late marks it late with an automatic finding', () => {
    const reportedAt = after(OCCURRED, 2 * HOUR);
    incident
      .given([reported({ reportedAt: ON_TIME })])
      .when(correct({ field: 'reportedAt', to: reportedAt }))
      .then([
        {
          type: 'IncidentDetailsCorrected',
          data: {
            field: 'reportedAt',
            from: ON_TIME,
            to: reportedAt,
            reason: 'typo in the first report',
            correctedAt: CORRECTED_AT,
            late: true,
          },
        },
        {
          type: 'MisreportingFindingEstablished',
          data: {
            kind: 'late',
            establishedAt: reportedAt,
            detail: 'reported 120 minutes after the head of the unit learnt of it',
            responsibleUnitIds: ['E1'],
            responsiblePersonIds: [],
            automatic: true,
          },
        },
      ]);
  });

  it('correcting reportedAt to within the hour withdraws the automatic late finding', () => {
    const lateAt = after(OCCURRED, 2 * HOUR);
    incident
      .given([reported({ reportedAt: lateAt, late: true }), finding('late', lateAt, true)])
      .when(correct({ field: 'reportedAt', to: after(OCCURRED, HOUR) }))
      .thenMatches([
        { type: 'IncidentDetailsCorrected', data: expect.objectContaining({ late: false }) },
        {
          type: 'MisreportingFindingWithdrawn',
          data: { kind: 'late', withdrawnAt: CORRECTED_AT, reason: 'correction of reportedAt' },
        },
      ]);
  });

  it('a corrected late time replaces the automatic finding with one at the new reportedAt', () => {
    const lateAt = after(OCCURRED, 2 * HOUR);
    const laterAt = after(OCCURRED, 3 * HOUR);
    incident
      .given([reported({ reportedAt: lateAt, late: true }), finding('late', lateAt, true)])
      .when(correct({ field: 'reportedAt', to: laterAt }))
      .thenMatches([
        { type: 'IncidentDetailsCorrected', data: expect.objectContaining({ late: true }) },
        { type: 'MisreportingFindingWithdrawn' },
        {
          type: 'MisreportingFindingEstablished',
          data: expect.objectContaining({ establishedAt: laterAt, automatic: true }),
        },
      ]);
  });

  it('correcting the place moves the automatic late finding to the corrected place', () => {
    const lateAt = after(OCCURRED, 2 * HOUR);
    const detail = 'reported 120 minutes after the head of the unit learnt of it';
    incident
      .given([reported({ reportedAt: lateAt, late: true }), finding('late', lateAt, true, detail)])
      .when(correct({ field: 'unitId', to: 'E9' }))
      .then([
        {
          type: 'IncidentDetailsCorrected',
          data: {
            field: 'unitId',
            from: 'E1',
            to: 'E9',
            reason: 'typo in the first report',
            correctedAt: CORRECTED_AT,
            late: true,
          },
        },
        {
          type: 'MisreportingFindingWithdrawn',
          data: { kind: 'late', withdrawnAt: CORRECTED_AT, reason: 'correction of unitId' },
        },
        {
          type: 'MisreportingFindingEstablished',
          data: {
            kind: 'late',
            establishedAt: lateAt,
            detail,
            responsibleUnitIds: ['E9'],
            responsiblePersonIds: [],
            automatic: true,
          },
        },
      ]);
  });

  it('correcting the place leaves a manual late finding naming its own units', () => {
    const lateAt = after(OCCURRED, 2 * HOUR);
    incident
      .given([reported({ reportedAt: lateAt, late: true }), finding('late', lateAt)])
      .when(correct({ field: 'unitId', to: 'E9' }))
      .thenMatches([{ type: 'IncidentDetailsCorrected' }]);
  });

  it('leaves a manual late finding alone', () => {
    const lateAt = after(OCCURRED, 2 * HOUR);
    incident
      .given([reported({ reportedAt: ON_TIME }), finding('late', lateAt)])
      .when(correct({ field: 'reportedAt', to: lateAt }))
      .thenMatches([
        { type: 'IncidentDetailsCorrected', data: expect.objectContaining({ late: true }) },
      ]);
  });

  it('correcting occurredAt re-derives late', () => {
    const reportedAt = after(OCCURRED, 30 * MINUTE);
    incident
      .given([reported({ reportedAt })])
      .when(correct({ field: 'occurredAt', to: after(OCCURRED, -2 * HOUR) }))
      .thenMatches([
        { type: 'IncidentDetailsCorrected', data: expect.objectContaining({ late: true }) },
        {
          type: 'MisreportingFindingEstablished',
          data: expect.objectContaining({ establishedAt: reportedAt, automatic: true }),
        },
      ]);
  });

  it('keeps reportedAt ≥ occurredAt', () => {
    incident
      .given([reported()])
      .when(correct({ field: 'reportedAt', to: after(OCCURRED, -1) }))
      .thenThrows('rule', 'reported_before_occurrence');
    incident
      .given([reported({ reportedAt: ON_TIME })])
      .when(correct({ field: 'occurredAt', to: after(ON_TIME, 1) }))
      .thenThrows('rule', 'reported_before_occurrence');
  });

  it('refuses an occurredAt after a recorded revision or finding', () => {
    incident
      .given([
        reported({ reportedAt: after(OCCURRED, 5 * DAY) }),
        finding('omitted', after(OCCURRED, DAY)),
      ])
      .when(correct({ field: 'occurredAt', to: after(OCCURRED, 2 * DAY) }))
      .thenThrows('rule', 'occurred_after_records');
  });

  it('refuses correcting occurredAt once the investigation is opened', () => {
    incident
      .given([reported(), opened()])
      .when(correct({ field: 'occurredAt', to: after(OCCURRED, -HOUR) }))
      .thenThrows('state', 'investigation_opened');
  });

  it('refuses corrected times in the future', () => {
    incident
      .given([reported()])
      .when(correct({ field: 'reportedAt', to: after(NOW, 1) }))
      .thenThrows('rule', 'in_future');
  });

  it('refuses a correction that changes nothing, has no reason, or an unknown field', () => {
    incident
      .given([reported()])
      .when(correct({ to: 'scaffold collapse' }))
      .thenThrows('rule', 'no_change');
    incident
      .given([reported()])
      .when(correct({ reason: '' }))
      .thenThrows('rule', 'required');
    incident
      .given([reported()])
      .when(correct({ field: 'grade' as 'unitId', to: 'general' }))
      .thenThrows('rule', 'invalid_field');
  });

  it('defaults correctedAt to now and refuses it in the future', () => {
    incident
      .given([reported()])
      .when(correct({ correctedAt: undefined }))
      .thenMatches([
        { type: 'IncidentDetailsCorrected', data: expect.objectContaining({ correctedAt: NOW }) },
      ]);
    incident
      .given([reported()])
      .when(correct({ correctedAt: after(NOW, 1) }))
      .thenThrows('rule', 'in_future');
  });

  it('refuses a correction of an unknown incident', () => {
    incident.given([]).when(correct()).thenThrows('not_found');
  });
});
