import {
  type HazardCommand,
  type VerifyHazardRectification,
} from '../../../../src/domain/inspections';
import {
  NOW,
  hazard,
  identifiedHazard,
  majorIdentified,
  planned,
  rectified,
  verified,
  RECTIFIED_AT,
  VERIFIED_AT,
  rectifiedHistory,
  closedMajorHistory,
} from './hazard-fixtures';

const verifyCommand = (
  overrides: Partial<VerifyHazardRectification> = {},
): VerifyHazardRectification => ({
  type: 'VerifyHazardRectification',
  passed: true,
  verifiedAt: VERIFIED_AT,
  verifier: '李四',
  now: NOW,
  ...overrides,
});

describe('verifying the rectification of a hazard', () => {
  it('refuses verifying a hazard that was never rectified (422)', () => {
    identifiedHazard.when(verifyCommand()).thenThrows('rule', 'not_rectified');
    hazard
      .given([...majorIdentified(), planned()])
      .when(verifyCommand())
      .thenThrows('rule', 'not_rectified');
  });

  it('closes a general hazard on a passed verification, naming the rectification verified', () => {
    hazard
      .given(rectifiedHistory())
      .when(verifyCommand({ note: '复查合格' }))
      .then([
        {
          type: 'HazardVerified',
          data: {
            passed: true,
            verifiedAt: VERIFIED_AT,
            verifier: '李四',
            note: '复查合格',
            rectifiedAt: RECTIFIED_AT,
          },
        },
      ]);
  });

  it('delists a major hazard on a passed verification (销号)', () => {
    hazard
      .given(rectifiedHistory('major'))
      .when(verifyCommand())
      .then([
        verified(true, VERIFIED_AT, RECTIFIED_AT),
        { type: 'HazardDelisted', data: { supervisingUnitId: 'D1', delistedAt: VERIFIED_AT } },
      ]);
  });

  it('does not delist a major hazard on a failed verification', () => {
    hazard
      .given(rectifiedHistory('major'))
      .when(verifyCommand({ passed: false }))
      .then([verified(false, VERIFIED_AT, RECTIFIED_AT)]);
  });

  it('returns the hazard to pending rectification on failure; a second rectification then passes', () => {
    const failed = [...rectifiedHistory('major'), verified(false, VERIFIED_AT, RECTIFIED_AT)];
    const state = hazard.given(failed).state;
    expect(state?.status).toBe('identified');
    hazard
      .given(failed)
      .when(verifyCommand({ verifiedAt: '2025-03-23T00:00:00.000Z' }))
      .thenThrows('rule', 'not_rectified');

    const retried = [...failed, rectified('2025-03-25T00:00:00.000Z')];
    expect(hazard.given(retried).state?.status).toBe('rectified');
    hazard
      .given(retried)
      .when(verifyCommand({ verifiedAt: '2025-03-26T00:00:00.000Z' }))
      .then([
        verified(true, '2025-03-26T00:00:00.000Z', '2025-03-25T00:00:00.000Z'),
        {
          type: 'HazardDelisted',
          data: { supervisingUnitId: 'D1', delistedAt: '2025-03-26T00:00:00.000Z' },
        },
      ]);
  });

  it('refuses any further command once passed (409)', () => {
    const closed = closedMajorHistory();
    expect(hazard.given(closed).state?.status).toBe('verified');
    const further: HazardCommand[] = [
      verifyCommand({ verifiedAt: '2025-03-23T00:00:00.000Z' }),
      { type: 'RectifyHazard', rectifiedAt: '2025-03-23T00:00:00.000Z', now: NOW },
    ];
    for (const command of further)
      hazard.given(closed).when(command).thenThrows('state', 'hazard_closed');
  });

  it('accepts verifiedAt equal to rectifiedAt and at now; refuses one before or in the future', () => {
    const given = hazard.given(rectifiedHistory());
    given
      .when(verifyCommand({ verifiedAt: RECTIFIED_AT }))
      .thenMatches([{ type: 'HazardVerified' }]);
    given.when(verifyCommand({ verifiedAt: NOW })).thenMatches([{ type: 'HazardVerified' }]);
    given
      .when(verifyCommand({ verifiedAt: '2025-03-19T23:59:59.999Z' }))
      .thenThrows('rule', 'verified_before_rectification');
    given
      .when(verifyCommand({ verifiedAt: '2025-06-30T02:00:00.001Z' }))
      .thenThrows('rule', 'in_future');
  });

  it('requires a verifier and a boolean outcome', () => {
    const given = hazard.given(rectifiedHistory());
    given.when(verifyCommand({ verifier: '' })).thenThrows('rule', 'required');
    given
      .when(verifyCommand({ passed: 'yes' as unknown as boolean }))
      .thenThrows('rule', 'invalid_boolean');
  });

  it('refuses a hazard that does not exist (404)', () => {
    hazard.given([]).when(verifyCommand()).thenThrows('not_found', 'hazard_not_found');
  });
});
