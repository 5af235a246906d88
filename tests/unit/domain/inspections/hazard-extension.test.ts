import { hazardDecider, type ExtendHazardDeadline } from '../../../../src/domain/inspections';
import { spec } from '../decider-spec';
import {
  DEADLINE,
  NOW,
  identified,
  majorIdentified,
  planned,
  rectified,
  verified,
} from './hazard-fixtures';

const hazard = spec(hazardDecider);

const LATER = '2025-05-01T02:00:00.000Z';

const extendCommand = (overrides: Partial<ExtendHazardDeadline> = {}): ExtendHazardDeadline => ({
  type: 'ExtendHazardDeadline',
  deadline: LATER,
  reason: '设备采购周期长',
  extendedAt: '2025-03-25T00:00:00.000Z',
  now: NOW,
  ...overrides,
});

const extended = (previousDeadline: string, deadline: string, extendedAt: string) => ({
  type: 'HazardDeadlineExtended' as const,
  data: { previousDeadline, deadline, reason: '设备采购周期长', extendedAt },
});

describe('extending the deadline of a hazard', () => {
  it('records the new deadline, the previous one and the reason', () => {
    hazard
      .given([identified()])
      .when(extendCommand())
      .then([extended(DEADLINE, LATER, '2025-03-25T00:00:00.000Z')]);
  });

  it('defaults extendedAt to now and is allowed after the deadline has passed', () => {
    hazard
      .given([identified()])
      .when(extendCommand({ extendedAt: undefined, deadline: '2025-08-01T00:00:00.000Z' }))
      .then([extended(DEADLINE, '2025-08-01T00:00:00.000Z', NOW)]);
  });

  it('requires a deadline later than the current one, which an earlier extension set', () => {
    const given = hazard.given([
      identified(),
      extended(DEADLINE, LATER, '2025-03-25T00:00:00.000Z'),
    ]);
    given.when(extendCommand({ deadline: LATER })).thenThrows('rule', 'deadline_not_later');
    given
      .when(extendCommand({ deadline: '2025-04-15T00:00:00.000Z' }))
      .thenThrows('rule', 'deadline_not_later');
    expect(given.when(extendCommand({ deadline: '2025-05-01T02:00:00.001Z' })).events()).toEqual([
      extended(LATER, '2025-05-01T02:00:00.001Z', '2025-03-25T00:00:00.000Z'),
    ]);
  });

  it('requires a reason', () => {
    hazard
      .given([identified()])
      .when(extendCommand({ reason: ' ' }))
      .thenThrows('rule', 'required');
  });

  it('refuses extendedAt in the future or before identification, and an invalid deadline', () => {
    hazard
      .given([identified()])
      .when(extendCommand({ extendedAt: '2025-07-01T00:00:00.000Z' }))
      .thenThrows('rule', 'in_future');
    hazard
      .given([identified()])
      .when(extendCommand({ extendedAt: '2025-02-01T00:00:00.000Z' }))
      .thenThrows('rule', 'extended_before_identification');
    hazard
      .given([identified()])
      .when(extendCommand({ deadline: '' }))
      .thenThrows('rule', 'invalid_time');
  });

  it('is allowed while a rectification awaits verification', () => {
    hazard
      .given([identified(), rectified('2025-03-20T00:00:00.000Z')])
      .when(extendCommand())
      .thenMatches([{ type: 'HazardDeadlineExtended' }]);
  });

  it('is refused once the rectification passed verification (409)', () => {
    hazard
      .given([
        identified(),
        rectified('2025-03-20T00:00:00.000Z'),
        verified(true, '2025-03-22T00:00:00.000Z', '2025-03-20T00:00:00.000Z'),
      ])
      .when(extendCommand())
      .thenThrows('state', 'hazard_closed');
    hazard
      .given([
        ...majorIdentified(),
        planned(),
        rectified('2025-03-20T00:00:00.000Z'),
        verified(true, '2025-03-22T00:00:00.000Z', '2025-03-20T00:00:00.000Z'),
        {
          type: 'HazardDelisted',
          data: { supervisingUnitId: 'D1', delistedAt: '2025-03-22T00:00:00.000Z' },
        },
      ])
      .when(extendCommand())
      .thenThrows('state', 'hazard_closed');
  });

  it('refuses a hazard that does not exist (404)', () => {
    hazard.given([]).when(extendCommand()).thenThrows('not_found', 'hazard_not_found');
  });
});
