import { fold } from '../../../../src/domain/shared/decider';
import { agreementDecider } from '../../../../src/domain/agreements/decider';
import { toAgreementView } from '../../../../src/domain/agreements/view';
import { signed } from './fixtures';

describe('agreement view', () => {
  it('shows an active agreement with its terms', () => {
    expect(toAgreementView(fold(agreementDecider, [signed])!)).toEqual({
      ...signed.data,
      signatories: [
        { personId: 'PD', post: 'principal', unitId: 'D1', personName: 'name of PD' },
        { personId: 'P1', post: 'principal', unitId: 'T1', personName: 'name of P1' },
        { personId: 'P2', post: 'party_secretary', unitId: 'T1', personName: 'name of P2' },
      ].map((s) => ({ ...s, postLabel: s.post === 'principal' ? '主要负责人' : '党委书记' })),
      controlIndicatorLabels: {
        maxAccidents: '事故起数',
        maxDeaths: '死亡人数',
        maxLargerAccidents: '较大及以上事故起数',
      },
      tasks: signed.data.tasks.map((task) => ({
        ...task,
        ...(task.metric === 'inspections_conducted' && { metricLabel: '检查次数' }),
        ...(task.metric === 'hazard_rectification_rate' && { metricLabel: '隐患整改率' }),
      })),
      status: 'active',
      statusLabel: '有效',
      amendments: [],
    });
  });

  it('shows amendments and the termination', () => {
    const view = toAgreementView(
      fold(agreementDecider, [
        signed,
        {
          type: 'AgreementAmended',
          data: {
            id: 'A-2025-T1',
            year: 2025,
            responsibleUnitId: 'T1',
            reason: 'r',
            amendedAt: '2025-02-01T00:00:00.000Z',
            controlIndicators: { maxDeaths: 0 },
          },
        },
        {
          type: 'AgreementTerminated',
          data: {
            id: 'A-2025-T1',
            year: 2025,
            responsibleUnitId: 'T1',
            reason: '撤销',
            terminatedAt: '2025-03-01T00:00:00.000Z',
          },
        },
      ])!,
    );
    expect(view).toMatchObject({
      status: 'terminated',
      statusLabel: '已终止',
      terminatedAt: '2025-03-01T00:00:00.000Z',
      terminationReason: '撤销',
      controlIndicators: { maxDeaths: 0 },
      amendments: [
        {
          reason: 'r',
          amendedAt: '2025-02-01T00:00:00.000Z',
          controlIndicators: { maxDeaths: 0 },
          controlIndicatorLabels: { maxDeaths: '死亡人数' },
        },
      ],
    });
  });
});
