import { type ExtendHazardDeadline } from '../../../../src/domain/inspections';
import {
  NOW,
  DEADLINE,
  identified,
  hazard,
  identifiedHazard,
  rectifiedHistory,
  verifiedHistory,
  closedMajorHistory,
  extended,
} from './hazard-fixtures';

const LATER = '2025-05-01T02:00:00.000Z';
const RECORDED = '2025-03-25T08:00:00.000Z';

const extendCommand = (overrides: Partial<ExtendHazardDeadline> = {}): ExtendHazardDeadline => ({
  type: 'ExtendHazardDeadline',
  deadline: LATER,
  reason: '设备采购周期长',
  extendedAt: '2025-03-25T00:00:00.000Z',
  now: RECORDED,
  ...overrides,
});

const msFrom = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
const DAY = 24 * 60 * 60 * 1000;

describe('extending the deadline of a hazard', () => {
  it('records the new deadline, the previous one and the reason', () => {
    identifiedHazard.when(extendCommand()).then([extended(LATER, '2025-03-25T00:00:00.000Z')]);
  });

  it('defaults extendedAt to now, so an extension recorded after the deadline is refused (422)', () => {
    identifiedHazard
      .when(
        extendCommand({ extendedAt: undefined, deadline: '2025-08-01T00:00:00.000Z', now: NOW }),
      )
      .thenThrows('rule', 'deadline_passed');
    identifiedHazard
      .when(extendCommand({ extendedAt: undefined, now: '2025-03-31T00:00:00.000Z' }))
      .then([extended(LATER, '2025-03-31T00:00:00.000Z')]);
  });

  it('is judged at extendedAt: 1 ms before the deadline and exactly at it accepted, 1 ms after refused', () => {
    const at = (ms: number) => extendCommand({ extendedAt: msFrom(DEADLINE, ms), now: DEADLINE });
    identifiedHazard.when(at(-1)).then([extended(LATER, msFrom(DEADLINE, -1))]);
    identifiedHazard.when(at(0)).then([extended(LATER, DEADLINE)]);
    identifiedHazard
      .when({ ...at(1), now: msFrom(DEADLINE, 1) })
      .thenThrows('rule', 'deadline_passed');
  });

  it('judges against the deadline in force, which an earlier extension set', () => {
    const given = hazard.given([identified(), extended(LATER, '2025-03-25T00:00:00.000Z')]);
    const command = (extendedAt: string) =>
      extendCommand({ extendedAt, deadline: '2025-06-01T00:00:00.000Z', now: extendedAt });
    expect(given.when(command('2025-04-15T00:00:00.000Z')).events()).toHaveLength(1);
    given.when(command(msFrom(LATER, 1))).thenThrows('rule', 'deadline_passed');
  });

  it('judges against the deadline in force at extendedAt, not one an (old) late extension set later', () => {
    // Accepted by the previous release on 04-10, after the deadline of 04-01 had passed.
    const oldLate = extended(LATER, '2025-04-10T00:00:00.000Z', { late: true });
    const given = hazard.given([identified(), oldLate]);
    const command = (extendedAt: string) =>
      extendCommand({
        extendedAt,
        deadline: '2025-06-01T00:00:00.000Z',
        now: '2025-04-20T00:00:00.000Z',
      });
    // On 04-05 the deadline in force was still 04-01: overdue, so 04-05..04-10 cannot be erased.
    given.when(command('2025-04-05T00:00:00.000Z')).thenThrows('rule', 'deadline_passed');
    expect(given.when(command('2025-04-15T00:00:00.000Z')).events()).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ previousDeadline: LATER }) }),
    ]);
  });

  it('marks an extension recorded more than 24 hours after its extendedAt as backdated', () => {
    const extendedAt = '2025-03-25T00:00:00.000Z';
    identifiedHazard
      .when(extendCommand({ extendedAt, now: msFrom(extendedAt, DAY) }))
      .then([extended(LATER, extendedAt)]);
    identifiedHazard
      .when(extendCommand({ extendedAt, now: msFrom(extendedAt, DAY + 1) }))
      .then([extended(LATER, extendedAt, { backdated: true })]);
  });

  it('requires a deadline later than the current one, which an earlier extension set', () => {
    const given = hazard.given([identified(), extended(LATER, '2025-03-25T00:00:00.000Z')]);
    given.when(extendCommand({ deadline: LATER })).thenThrows('rule', 'deadline_not_later');
    given
      .when(extendCommand({ deadline: '2025-04-15T00:00:00.000Z' }))
      .thenThrows('rule', 'deadline_not_later');
    expect(given.when(extendCommand({ deadline: '2025-05-01T02:00:00.001Z' })).events()).toEqual([
      extended('2025-05-01T02:00:00.001Z', '2025-03-25T00:00:00.000Z', { previousDeadline: LATER }),
    ]);
  });

  it('requires a reason', () => {
    identifiedHazard.when(extendCommand({ reason: ' ' })).thenThrows('rule', 'required');
  });

  it('refuses extendedAt in the future or before identification, and an invalid deadline', () => {
    identifiedHazard
      .when(extendCommand({ extendedAt: '2025-07-01T00:00:00.000Z' }))
      .thenThrows('rule', 'in_future');
    identifiedHazard
      .when(extendCommand({ extendedAt: '2025-02-01T00:00:00.000Z' }))
      .thenThrows('rule', 'extended_before_identification');
    identifiedHazard.when(extendCommand({ deadline: '' })).thenThrows('rule', 'invalid_time');
  });

  it('is allowed while a rectification awaits verification', () => {
    hazard
      .given(rectifiedHistory())
      .when(extendCommand())
      .thenMatches([{ type: 'HazardDeadlineExtended' }]);
  });

  it('is refused once the rectification passed verification (409)', () => {
    hazard.given(verifiedHistory(true)).when(extendCommand()).thenThrows('state', 'hazard_closed');
    hazard.given(closedMajorHistory()).when(extendCommand()).thenThrows('state', 'hazard_closed');
  });

  it('refuses a hazard that does not exist (404)', () => {
    hazard.given([]).when(extendCommand()).thenThrows('not_found', 'hazard_not_found');
  });
});
