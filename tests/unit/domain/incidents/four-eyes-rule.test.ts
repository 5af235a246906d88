import type {
  ApproveIncidentCorrection,
  ProposeIncidentCorrection,
  RejectIncidentCorrection,
} from '../../../../src/domain/incidents/commands';
import { incidentDecider } from '../../../../src/domain/incidents/decider';
import type { IncidentEvent } from '../../../../src/domain/incidents/events';
import { fold } from '../../../../src/domain/shared/decider';
import { DAY, HOUR, MINUTE, NOW, OCCURRED, after, opened, reported, incident } from './fixtures';

const PROPOSED_AT = after(OCCURRED, 3 * DAY);
const APPROVED_AT = after(OCCURRED, 4 * DAY);
const ON_TIME = after(OCCURRED, 30 * MINUTE);
const LATE = after(OCCURRED, 2 * HOUR);

const propose = (
  overrides: Partial<ProposeIncidentCorrection> = {},
): ProposeIncidentCorrection => ({
  type: 'ProposeIncidentCorrection',
  correctionId: 'C1',
  field: 'reportedAt',
  to: ON_TIME,
  reason: '接报记录有误',
  proposedBy: 'office-a',
  proposedAt: PROPOSED_AT,
  now: NOW,
  ...overrides,
});

const approve = (
  overrides: Partial<ApproveIncidentCorrection> = {},
): ApproveIncidentCorrection => ({
  type: 'ApproveIncidentCorrection',
  correctionId: 'C1',
  approvedBy: 'office-b',
  approvedAt: APPROVED_AT,
  now: NOW,
  ...overrides,
});

const reject = (overrides: Partial<RejectIncidentCorrection> = {}): RejectIncidentCorrection => ({
  type: 'RejectIncidentCorrection',
  correctionId: 'C1',
  rejectedBy: 'office-b',
  reason: '无依据',
  rejectedAt: APPROVED_AT,
  now: NOW,
  ...overrides,
});

const lateReport = (): IncidentEvent => reported({ reportedAt: LATE, late: true });
const lateFinding: IncidentEvent = {
  type: 'MisreportingFindingEstablished',
  data: { kind: 'late', establishedAt: LATE, detail: 'reported 120 min after', automatic: true },
};
const proposed = (overrides: Partial<ProposeIncidentCorrection> = {}): IncidentEvent[] =>
  incident.given([lateReport(), lateFinding]).when(propose(overrides)).events();

describe('four-eyes corrections (四眼原则)', () => {
  it('a proposal records who proposed what, from what, and changes nothing', () => {
    incident
      .given([lateReport(), lateFinding])
      .when(propose())
      .then([
        {
          type: 'IncidentCorrectionProposed',
          data: {
            correctionId: 'C1',
            field: 'reportedAt',
            from: LATE,
            to: ON_TIME,
            reason: '接报记录有误',
            proposedAt: PROPOSED_AT,
            proposedBy: 'office-a',
          },
        },
      ]);
    const state = fold(incidentDecider, [lateReport(), lateFinding, ...proposed()]);
    expect(state).toMatchObject({ reportedAt: LATE, late: true, findings: [{ kind: 'late' }] });
    expect(state?.corrections).toEqual([expect.objectContaining({ status: 'pending' })]);
  });

  it('a proposal must pass the rules of the correction itself', () => {
    incident
      .given([lateReport()])
      .when(propose({ to: LATE }))
      .thenThrows('rule', 'no_change');
    incident
      .given([lateReport()])
      .when(propose({ to: after(OCCURRED, -MINUTE) }))
      .thenThrows('rule', 'reported_before_occurrence');
  });

  it('a field has at most one pending correction; another field may have its own', () => {
    const given = [lateReport(), lateFinding, ...proposed()];
    incident
      .given(given)
      .when(propose({ correctionId: 'C2', to: after(OCCURRED, 10 * MINUTE) }))
      .thenThrows('state', 'correction_pending');
    incident
      .given(given)
      .when(propose({ correctionId: 'C1', field: 'description', to: '更正' }))
      .thenThrows('state', 'correction_exists');
    incident
      .given(given)
      .when(propose({ correctionId: 'C2', field: 'description', to: '更正' }))
      .thenMatches([{ type: 'IncidentCorrectionProposed' }]);
  });

  it('approval by another user applies it: late re-derived, the automatic finding withdrawn', () => {
    incident
      .given([lateReport(), lateFinding, ...proposed()])
      .when(approve())
      .then([
        {
          type: 'IncidentDetailsCorrected',
          data: {
            field: 'reportedAt',
            from: LATE,
            to: ON_TIME,
            reason: '接报记录有误',
            correctedAt: APPROVED_AT,
            late: false,
            correctionId: 'C1',
            proposedBy: 'office-a',
            approvedBy: 'office-b',
          },
        },
        {
          type: 'MisreportingFindingWithdrawn',
          data: { kind: 'late', withdrawnAt: APPROVED_AT, reason: 'correction of reportedAt' },
        },
      ]);
  });

  it('the applied correction shows proposer and approver; a second approval is a conflict', () => {
    const given = [lateReport(), lateFinding, ...proposed()];
    const applied = [...given, ...incident.given(given).when(approve()).events()];
    const state = fold(incidentDecider, applied);
    expect(state).toMatchObject({ reportedAt: ON_TIME, late: false, findings: [] });
    expect(state?.corrections).toEqual([
      expect.objectContaining({
        correctionId: 'C1',
        status: 'applied',
        proposedBy: 'office-a',
        approvedBy: 'office-b',
        correctedAt: APPROVED_AT,
      }),
    ]);
    incident.given(applied).when(approve()).thenThrows('state', 'correction_not_pending');
    incident.given(applied).when(reject()).thenThrows('state', 'correction_not_pending');
  });

  it('the proposer may neither approve nor reject its own correction', () => {
    const given = [lateReport(), lateFinding, ...proposed()];
    for (const review of [approve({ approvedBy: 'office-a' }), reject({ rejectedBy: 'office-a' })])
      incident.given(given).when(review).thenThrows('forbidden', 'four_eyes');
  });

  it('an unknown correction is not found', () => {
    incident
      .given([lateReport(), lateFinding, ...proposed()])
      .when(approve({ correctionId: 'NOPE' }))
      .thenThrows('not_found', 'correction_not_found');
  });

  it('approval one millisecond before the proposal is refused; at the proposal it is accepted', () => {
    const given = [lateReport(), lateFinding, ...proposed()];
    incident
      .given(given)
      .when(approve({ approvedAt: after(PROPOSED_AT, -1) }))
      .thenThrows('rule', 'approved_before_proposal');
    incident
      .given(given)
      .when(approve({ approvedAt: PROPOSED_AT }))
      .thenMatches([
        { type: 'IncidentDetailsCorrected' },
        { type: 'MisreportingFindingWithdrawn' },
      ]);
  });

  it('rejection records who and why and changes nothing', () => {
    const given = [lateReport(), lateFinding, ...proposed()];
    incident
      .given(given)
      .when(reject())
      .then([
        {
          type: 'IncidentCorrectionRejected',
          data: {
            correctionId: 'C1',
            reason: '无依据',
            rejectedAt: APPROVED_AT,
            rejectedBy: 'office-b',
          },
        },
      ]);
    const rejected = [...given, ...incident.given(given).when(reject()).events()];
    const state = fold(incidentDecider, rejected);
    expect(state).toMatchObject({ reportedAt: LATE, late: true, findings: [{ kind: 'late' }] });
    expect(state?.corrections).toEqual([
      expect.objectContaining({
        status: 'rejected',
        rejectedBy: 'office-b',
        rejectionReason: '无依据',
      }),
    ]);
    // The field is free again for a new proposal.
    incident
      .given(rejected)
      .when(propose({ correctionId: 'C2' }))
      .thenMatches([{ type: 'IncidentCorrectionProposed' }]);
  });

  it('approval re-checks the value it corrects: changed meanwhile, it is stale (409)', () => {
    const recordedBeforeFourEyes: IncidentEvent = {
      type: 'IncidentDetailsCorrected',
      data: {
        field: 'reportedAt',
        from: LATE,
        to: after(OCCURRED, 90 * MINUTE),
        reason: 'old correction',
        correctedAt: PROPOSED_AT,
        late: true,
      },
    };
    incident
      .given([lateReport(), lateFinding, ...proposed(), recordedBeforeFourEyes])
      .when(approve())
      .thenThrows('state', 'stale_correction');
  });

  it('approval re-checks the rules on the incident as it is then', () => {
    const moveOccurrence = proposed({ field: 'occurredAt', to: after(OCCURRED, -HOUR) });
    incident
      .given([lateReport(), lateFinding, ...moveOccurrence, opened()])
      .when(approve())
      .thenThrows('state', 'investigation_opened');
  });

  it('a headInformedAt never given is corrected from occurredAt, and approval finds it unchanged', () => {
    const informed = after(OCCURRED, 90 * MINUTE);
    const given = [lateReport(), lateFinding];
    const proposal = incident
      .given(given)
      .when(propose({ field: 'headInformedAt', to: informed }))
      .events();
    expect(proposal).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ from: OCCURRED, to: informed }) }),
    ]);
    incident
      .given([...given, ...proposal])
      .when(approve())
      .thenMatches([
        { type: 'IncidentDetailsCorrected', data: expect.objectContaining({ late: false }) },
        { type: 'MisreportingFindingWithdrawn' },
      ]);
  });

  describe('the reported casualties and loss', () => {
    const larger = reported({
      deaths: 3,
      seriousInjuries: 1,
      directLossYuan: 2_000_000.5,
      grade: 'larger',
    });
    const deaths = (to: string) => propose({ field: 'deaths', to, reason: '重复统计一人' });

    it('a proposal lowering the deaths changes nothing; approved by another user, it re-grades', () => {
      const proposal = incident.given([larger]).when(deaths('2')).events();
      expect(proposal).toEqual([
        expect.objectContaining({ data: expect.objectContaining({ from: '3', to: '2' }) }),
      ]);
      expect(fold(incidentDecider, [larger, ...proposal])).toMatchObject({
        deaths: 3,
        grade: 'larger',
      });
      const applied = incident
        .given([larger, ...proposal])
        .when(approve())
        .events();
      expect(applied).toEqual([
        {
          type: 'IncidentDetailsCorrected',
          data: expect.objectContaining({ field: 'deaths', from: '3', to: '2', grade: 'general' }),
        },
      ]);
      expect(fold(incidentDecider, [larger, ...proposal, ...applied])).toMatchObject({
        deaths: 2,
        seriousInjuries: 1,
        directLossYuan: 2_000_000.5,
        grade: 'general',
      });
    });

    it('the proposer cannot approve it', () => {
      incident
        .given([larger, ...incident.given([larger]).when(deaths('2')).events()])
        .when(approve({ approvedBy: 'office-a' }))
        .thenThrows('forbidden');
    });

    it('the loss is corrected as an amount, from its decimal form', () => {
      const proposal = incident
        .given([larger])
        .when(propose({ field: 'directLossYuan', to: '1999999.5' }))
        .events();
      expect(proposal).toEqual([
        expect.objectContaining({
          data: expect.objectContaining({ from: '2000000.5', to: '1999999.5' }),
        }),
      ]);
    });

    it.each(['2.0', '02', '-1', '1.5', ' 2', 'two', '3'])('refuses deaths written %p', (to) => {
      incident.given([larger]).when(deaths(to)).thenThrows('rule');
    });

    it.each(['1e6', '100.50', '-0.5', '.5'])('refuses a loss written %p', (to) => {
      incident
        .given([larger])
        .when(propose({ field: 'directLossYuan', to }))
        .thenThrows('rule');
    });
  });
});
