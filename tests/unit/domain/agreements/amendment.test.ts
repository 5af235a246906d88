import { agreementDecider } from '../../../../src/domain/agreements/decider';
import type { AgreementEvent } from '../../../../src/domain/agreements/events';
import { spec } from '../decider-spec';
import { SIGNED_AT, amend, appointed, signed, terminate, unitWith } from './fixtures';

const AMENDED_AT = '2025-03-01T00:00:00.000Z';
const terminated: AgreementEvent = {
  type: 'AgreementTerminated',
  data: {
    id: 'A-2025-T1',
    year: 2025,
    responsibleUnitId: 'T1',
    reason: '合并',
    terminatedAt: '2025-04-01T00:00:00.000Z',
  },
};
const newTasks = [
  { code: 'N-1', title: '新任务', weight: 50 },
  { code: 'N-2', title: '检查', weight: 20, metric: 'inspections_conducted', target: 10 },
];

describe('amending an agreement', () => {
  it('records the changed terms only', () => {
    spec(agreementDecider)
      .given([signed])
      .when(amend({ controlIndicators: { maxDeaths: 1 } }))
      .then([
        {
          type: 'AgreementAmended',
          data: {
            id: 'A-2025-T1',
            year: 2025,
            responsibleUnitId: 'T1',
            reason: '调整任务',
            amendedAt: AMENDED_AT,
            controlIndicators: { maxDeaths: 1 },
          },
        },
      ]);
  });

  it('re-checks task weights against the task section the command carries', () => {
    spec(agreementDecider)
      .given([signed])
      .when(amend({ tasks: newTasks, taskSectionPoints: 70 }))
      .thenMatches([
        { type: 'AgreementAmended', data: expect.objectContaining({ tasks: newTasks }) },
      ]);
    spec(agreementDecider)
      .given([signed])
      .when(amend({ tasks: newTasks, taskSectionPoints: 60 }))
      .thenThrows('rule', 'task_weights_mismatch');
  });

  it('re-checks signatories at amendedAt', () => {
    const responsibleUnit = unitWith('T1', 'town', [
      appointed('T1', 'P1', 'principal'),
      {
        type: 'AppointmentEnded',
        data: {
          unitId: 'T1',
          personId: 'P1',
          post: 'principal',
          from: '2023-01-01T00:00:00.000Z',
          to: AMENDED_AT,
        },
      },
      appointed('T1', 'P4', 'principal', AMENDED_AT),
    ]);
    spec(agreementDecider)
      .given([signed])
      .when(amend({ responsibleUnit, signatories: [{ personId: 'P1', post: 'principal' }] }))
      .thenThrows('rule', 'signatory_not_in_post');
    spec(agreementDecider)
      .given([signed])
      .when(amend({ responsibleUnit, signatories: [{ personId: 'P4', post: 'principal' }] }))
      .thenMatches([
        {
          type: 'AgreementAmended',
          data: expect.objectContaining({
            signatories: [
              { personId: 'P4', post: 'principal', unitId: 'T1', personName: 'name of P4' },
            ],
          }),
        },
      ]);
  });

  it('requires the responsible unit’s principal or party secretary among new signatories', () => {
    spec(agreementDecider)
      .given([signed])
      .when(amend({ signatories: [{ personId: 'P3', post: 'deputy_in_charge' }] }))
      .thenThrows('rule', 'responsible_principal_missing');
  });

  it('refuses an amendment that changes nothing', () => {
    spec(agreementDecider).given([signed]).when(amend()).thenThrows('rule', 'nothing_to_amend');
  });

  it('requires a reason', () => {
    spec(agreementDecider)
      .given([signed])
      .when(amend({ reason: '', controlIndicators: {} }))
      .thenThrows('rule', 'required');
  });

  it('refuses amendedAt before signedAt or in the future', () => {
    spec(agreementDecider)
      .given([signed])
      .when(amend({ amendedAt: '2025-01-10T01:59:59.999Z', controlIndicators: {} }))
      .thenThrows('rule', 'before_signing');
    spec(agreementDecider)
      .given([signed])
      .when(amend({ amendedAt: SIGNED_AT, controlIndicators: {} }))
      .thenMatches([{ type: 'AgreementAmended' }]);
    spec(agreementDecider)
      .given([signed])
      .when(amend({ amendedAt: '2025-06-01T00:00:00.001Z', controlIndicators: {} }))
      .thenThrows('rule', 'in_future');
  });

  it('refuses amending an unknown agreement', () => {
    spec(agreementDecider)
      .given([])
      .when(amend({ controlIndicators: {} }))
      .thenThrows('not_found', 'agreement_not_found');
  });

  it('refuses amending a terminated agreement', () => {
    spec(agreementDecider)
      .given([signed, terminated])
      .when(amend({ controlIndicators: {} }))
      .thenThrows('state', 'agreement_terminated');
  });

  it('replaces the amended terms and keeps the others', () => {
    const events = spec(agreementDecider)
      .given([signed])
      .when(amend({ tasks: newTasks, taskSectionPoints: 70 }))
      .events();
    const { state } = spec(agreementDecider).given([signed, ...events]);
    expect(state?.tasks).toEqual(newTasks);
    expect(state?.controlIndicators).toEqual(signed.data.controlIndicators);
    expect(state?.signatories).toEqual(signed.data.signatories);
    expect(state?.amendments).toEqual([
      { reason: '调整任务', amendedAt: AMENDED_AT, tasks: newTasks },
    ]);
  });
});

describe('terminating an agreement', () => {
  it('records the termination', () => {
    spec(agreementDecider)
      .given([signed])
      .when(terminate({ reason: '合并' }))
      .then([terminated]);
  });

  it('refuses terminating twice', () => {
    spec(agreementDecider)
      .given([signed, terminated])
      .when(terminate())
      .thenThrows('state', 'agreement_terminated');
  });

  it('refuses terminating an unknown agreement', () => {
    spec(agreementDecider)
      .given([])
      .when(terminate())
      .thenThrows('not_found', 'agreement_not_found');
  });

  it('refuses terminatedAt before signedAt or in the future, and no reason', () => {
    spec(agreementDecider)
      .given([signed])
      .when(terminate({ terminatedAt: '2025-01-10T01:59:59.999Z' }))
      .thenThrows('rule', 'before_signing');
    spec(agreementDecider)
      .given([signed])
      .when(terminate({ terminatedAt: '2025-06-01T00:00:00.001Z' }))
      .thenThrows('rule', 'in_future');
    spec(agreementDecider)
      .given([signed])
      .when(terminate({ reason: ' ' }))
      .thenThrows('rule', 'required');
  });

  it('marks the agreement terminated', () => {
    const { state } = spec(agreementDecider).given([signed, terminated]);
    expect(state?.status).toBe('terminated');
    expect(state?.terminatedAt).toBe('2025-04-01T00:00:00.000Z');
  });
});
