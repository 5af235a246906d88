import { type RectifyHazard } from '../../../../src/domain/inspections';
import {
  NOW,
  IDENTIFIED_AT,
  hazard,
  identifiedHazard,
  majorIdentified,
  planned,
  rectified,
  RECTIFIED_AT,
  VERIFIED_AT,
  rectifiedHistory,
  verifiedHistory,
} from './hazard-fixtures';

const rectifyCommand = (overrides: Partial<RectifyHazard> = {}): RectifyHazard => ({
  type: 'RectifyHazard',
  rectifiedAt: RECTIFIED_AT,
  now: NOW,
  ...overrides,
});

describe('rectifying a hazard', () => {
  it('records the rectification of a general hazard without a plan', () => {
    identifiedHazard.when(rectifyCommand()).then([rectified(RECTIFIED_AT)]);
  });

  it('keeps a note', () => {
    identifiedHazard
      .when(rectifyCommand({ note: '已重新接地' }))
      .then([rectified(RECTIFIED_AT, '已重新接地')]);
  });

  it('requires the plan (五落实) first for a major hazard (422)', () => {
    hazard.given(majorIdentified()).when(rectifyCommand()).thenThrows('rule', 'plan_required');
    hazard
      .given([...majorIdentified(), planned()])
      .when(rectifyCommand())
      .then([rectified(RECTIFIED_AT)]);
  });

  it('accepts a rectification at identification and at now, refuses one before or in the future', () => {
    identifiedHazard
      .when(rectifyCommand({ rectifiedAt: IDENTIFIED_AT }))
      .then([rectified(IDENTIFIED_AT)]);
    identifiedHazard.when(rectifyCommand({ rectifiedAt: NOW })).then([rectified(NOW)]);
    identifiedHazard
      .when(rectifyCommand({ rectifiedAt: '2025-03-01T01:59:59.999Z' }))
      .thenThrows('rule', 'rectified_before_identification');
    identifiedHazard
      .when(rectifyCommand({ rectifiedAt: '2025-06-30T02:00:00.001Z' }))
      .thenThrows('rule', 'in_future');
    identifiedHazard
      .when(rectifyCommand({ rectifiedAt: 'yesterday' }))
      .thenThrows('rule', 'invalid_time');
  });

  it('refuses a second rectification while one awaits verification (409)', () => {
    hazard
      .given(rectifiedHistory())
      .when(rectifyCommand({ rectifiedAt: '2025-03-21T00:00:00.000Z' }))
      .thenThrows('state', 'already_rectified');
  });

  it('refuses a rectification after the rectification passed verification (409)', () => {
    hazard
      .given(verifiedHistory(true))
      .when(rectifyCommand({ rectifiedAt: '2025-03-23T00:00:00.000Z' }))
      .thenThrows('state', 'hazard_closed');
  });

  it('accepts a new rectification after a failed verification, not dated before that verification', () => {
    const given = hazard.given(verifiedHistory(false));
    given
      .when(rectifyCommand({ rectifiedAt: '2025-03-21T23:59:59.999Z' }))
      .thenThrows('rule', 'rectified_before_failed_verification');
    given.when(rectifyCommand({ rectifiedAt: VERIFIED_AT })).then([rectified(VERIFIED_AT)]);
  });

  it('refuses a hazard that does not exist (404)', () => {
    hazard.given([]).when(rectifyCommand()).thenThrows('not_found', 'hazard_not_found');
  });
});
