import { fold } from '../../../../src/domain/shared/decider';
import { agreementDecider } from '../../../../src/domain/agreements/decider';
import { toAgreementView } from '../../../../src/domain/agreements/view';
import { signed } from './fixtures';

describe('agreement view', () => {
  it('shows an active agreement with its terms', () => {
    expect(toAgreementView(fold(agreementDecider, [signed])!)).toEqual({
      ...signed.data,
      status: 'active',
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
      terminatedAt: '2025-03-01T00:00:00.000Z',
      terminationReason: '撤销',
      controlIndicators: { maxDeaths: 0 },
      amendments: [
        { reason: 'r', amendedAt: '2025-02-01T00:00:00.000Z', controlIndicators: { maxDeaths: 0 } },
      ],
    });
  });
});
