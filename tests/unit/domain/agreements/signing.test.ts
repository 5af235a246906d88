import type { SignAgreement } from '../../../../src/domain/agreements/commands';
import { agreementDecider, agreementStreamId } from '../../../../src/domain/agreements/decider';
import { spec } from '../decider-spec';
import { NOW, TASKS, responsibleUnit, sign, signed } from './fixtures';

const given = () => spec(agreementDecider).given([]);

describe('signing an agreement', () => {
  it('names the stream agreement-<id>', () => {
    expect(agreementStreamId('A-2025-T1')).toBe('agreement-A-2025-T1');
  });

  it('records the agreement with each signatory’s unit and name', () => {
    given().when(sign()).then([signed]);
  });

  it('refuses signing the same agreement twice', () => {
    spec(agreementDecider).given([signed]).when(sign()).thenThrows('state', 'already_exists');
  });

  it('refuses a year outside 2000..2100', () => {
    given()
      .when(sign({ year: 1999 }))
      .thenThrows('rule', 'invalid_year');
    given()
      .when(sign({ year: 2101 }))
      .thenThrows('rule', 'invalid_year');
  });

  it('refuses an issuer that is the responsible unit', () => {
    given()
      .when(sign({ issuerUnitId: 'T1', issuerUnit: responsibleUnit }))
      .thenThrows('rule', 'issuer_is_responsible');
  });

  it('refuses unit states that are not those of the named units', () => {
    given()
      .when(sign({ responsibleUnitId: 'T2' }))
      .thenThrows('rule', 'unit_mismatch');
  });

  it('accepts signedAt at now and refuses it 1 ms later', () => {
    given()
      .when(sign({ signedAt: NOW }))
      .thenMatches([{ type: 'AgreementSigned' }]);
    given()
      .when(sign({ signedAt: '2025-06-01T00:00:00.001Z' }))
      .thenThrows('rule', 'in_future');
  });

  describe('signedAt falls in the year or the year before, in CST', () => {
    const later = '2026-06-01T00:00:00.000Z';

    it('accepts the first instant of the year before (CST)', () => {
      given()
        .when(sign({ signedAt: '2023-12-31T16:00:00.000Z' }))
        .thenMatches([{ type: 'AgreementSigned' }]);
    });

    it('refuses the last instant two years before (CST)', () => {
      given()
        .when(sign({ signedAt: '2023-12-31T15:59:59.999Z' }))
        .thenThrows('rule', 'signed_outside_year');
    });

    it('accepts the last instant of the year (CST)', () => {
      given()
        .when(sign({ signedAt: '2025-12-31T15:59:59.999Z', now: later }))
        .thenMatches([{ type: 'AgreementSigned' }]);
    });

    it('refuses the first instant of the next year (CST)', () => {
      given()
        .when(sign({ signedAt: '2025-12-31T16:00:00.000Z', now: later }))
        .thenThrows('rule', 'signed_outside_year');
    });
  });

  it('keeps an agreement without control indicators', () => {
    given()
      .when(sign({ controlIndicators: undefined }))
      .thenMatches([
        { type: 'AgreementSigned', data: expect.objectContaining({ controlIndicators: {} }) },
      ]);
  });

  it('accepts fractional rate caps', () => {
    given()
      .when(
        sign({
          controlIndicators: { maxDeathsPer100mGdp: 0.035, maxRoadDeathsPer10kVehicles: 1.5 },
        }),
      )
      .thenMatches([{ type: 'AgreementSigned' }]);
  });

  it('refuses a negative cap, a fractional count cap and an unknown indicator', () => {
    given()
      .when(sign({ controlIndicators: { maxDeaths: -1 } }))
      .thenThrows('rule', 'invalid_control_indicator');
    given()
      .when(sign({ controlIndicators: { maxAccidents: 1.5 } }))
      .thenThrows('rule', 'invalid_control_indicator');
    given()
      .when(sign({ controlIndicators: { maxCoalDeathsPerMt: Number.NaN } }))
      .thenThrows('rule', 'invalid_control_indicator');
    given()
      .when(sign({ controlIndicators: { maxInjuries: 1 } }))
      .thenThrows('rule', 'unknown_control_indicator');
  });

  it('signs at the instant a signatory takes office', () => {
    given()
      .when(sign({ signedAt: '2023-01-01T00:00:00.000Z', year: 2024 }))
      .thenMatches([{ type: 'AgreementSigned' }]);
  });
});

describe('tasks of an agreement', () => {
  const withTasks = (tasks: SignAgreement['tasks']) => given().when(sign({ tasks }));

  it('refuses weights adding up to 59.99 or 60.01 for a task section of 60', () => {
    withTasks([{ code: 'A', title: 'a', weight: 59.99 }]).thenThrows(
      'rule',
      'task_weights_mismatch',
    );
    withTasks([{ code: 'A', title: 'a', weight: 60.01 }]).thenThrows(
      'rule',
      'task_weights_mismatch',
    );
  });

  it('accepts weights adding up to the task section up to floating-point error', () => {
    withTasks([
      { code: 'A', title: 'a', weight: 0.1 },
      { code: 'B', title: 'b', weight: 0.2 },
      { code: 'C', title: 'c', weight: 59.7 },
    ]).thenMatches([{ type: 'AgreementSigned' }]);
  });

  it('checks against the task section the command carries', () => {
    given()
      .when(sign({ taskSectionPoints: 70 }))
      .thenThrows('rule', 'task_weights_mismatch');
    withTasks([{ code: 'A', title: 'a', weight: 70 }]).thenThrows('rule', 'task_weights_mismatch');
    given()
      .when(sign({ taskSectionPoints: 70, tasks: [{ code: 'A', title: 'a', weight: 70 }] }))
      .thenMatches([{ type: 'AgreementSigned' }]);
  });

  it('refuses no tasks', () => {
    withTasks([]).thenThrows('rule', 'task_weights_mismatch');
  });

  it('refuses a repeated task code', () => {
    withTasks([
      { code: 'A', title: 'a', weight: 30 },
      { code: 'A', title: 'b', weight: 30 },
    ]).thenThrows('rule', 'duplicate_task_code');
  });

  it('refuses a task without code or title', () => {
    withTasks([{ code: '', title: 'a', weight: 60 }]).thenThrows('rule', 'required');
    withTasks([{ code: 'A', title: '', weight: 60 }]).thenThrows('rule', 'required');
  });

  it('refuses a weight that is not positive', () => {
    withTasks([
      { code: 'A', title: 'a', weight: 0 },
      { code: 'B', title: 'b', weight: 60 },
    ]).thenThrows('rule', 'invalid_task_weight');
    withTasks([
      { code: 'A', title: 'a', weight: -10 },
      { code: 'B', title: 'b', weight: 70 },
    ]).thenThrows('rule', 'invalid_task_weight');
  });

  it('refuses an unknown metric', () => {
    withTasks([
      { code: 'A', title: 'a', weight: 60, metric: 'hazards_found', target: 1 },
    ]).thenThrows('rule', 'invalid_metric');
  });

  it('requires a positive target for a metric', () => {
    withTasks([{ code: 'A', title: 'a', weight: 60, metric: 'inspections_conducted' }]).thenThrows(
      'rule',
      'target_required',
    );
    withTasks([
      { code: 'A', title: 'a', weight: 60, metric: 'inspections_conducted', target: 0 },
    ]).thenThrows('rule', 'invalid_target');
  });

  it('accepts a count target above 100', () => {
    withTasks([
      { code: 'A', title: 'a', weight: 60, metric: 'pre_incident_penalty_cases', target: 150 },
    ]).thenMatches([{ type: 'AgreementSigned' }]);
  });

  it('caps a percentage target at 100', () => {
    withTasks([
      { code: 'A', title: 'a', weight: 60, metric: 'agreement_coverage', target: 100 },
    ]).thenMatches([{ type: 'AgreementSigned' }]);
    withTasks([
      { code: 'A', title: 'a', weight: 60, metric: 'hazard_rectification_rate', target: 100.01 },
    ]).thenThrows('rule', 'invalid_target');
  });

  it('refuses a target on a task without metric', () => {
    withTasks([{ code: 'A', title: 'a', weight: 60, target: 5 }]).thenThrows(
      'rule',
      'target_without_metric',
    );
  });

  it('keeps the tasks as given', () => {
    const [event] = given().when(sign()).events();
    expect(event.type === 'AgreementSigned' && event.data.tasks).toEqual(TASKS);
  });
});
