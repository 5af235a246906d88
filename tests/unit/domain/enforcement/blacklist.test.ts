import type {
  BlacklistEnterprise,
  RemoveFromBlacklist,
} from '../../../../src/domain/enforcement/blacklist/commands';
import {
  blacklistDecider,
  blacklistStreamId,
} from '../../../../src/domain/enforcement/blacklist/decider';
import type { BlacklistEvent } from '../../../../src/domain/enforcement/blacklist/events';
import { isListedAt } from '../../../../src/domain/enforcement/blacklist/state';
import { toBlacklistView } from '../../../../src/domain/enforcement/blacklist/view';
import { fold } from '../../../../src/domain/shared/decider';
import { spec } from '../decider-spec';

const blacklist = spec(blacklistDecider);
const LISTED = '2025-03-15T02:00:00.000Z';
const UNTIL = '2028-03-15T02:00:00.000Z';
const TWELVE_MONTHS = '2026-03-15T02:00:00.000Z';
const NOW = '2029-12-31T00:00:00.000Z';
const after = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

const list = (overrides: Partial<BlacklistEnterprise> = {}): BlacklistEnterprise => ({
  type: 'BlacklistEnterprise',
  enterpriseId: 'E1',
  reason: 'concealed a larger incident',
  listedAt: LISTED,
  enterprise: { id: 'E1', kind: 'enterprise' },
  now: NOW,
  ...overrides,
});

const remove = (removedAt: string, reason = 'credit repaired'): RemoveFromBlacklist => ({
  type: 'RemoveFromBlacklist',
  enterpriseId: 'E1',
  removedAt,
  reason,
  now: NOW,
});

const listed = (listedAt = LISTED, until = UNTIL): BlacklistEvent => ({
  type: 'EnterpriseBlacklisted',
  data: { enterpriseId: 'E1', reason: 'concealed a larger incident', listedAt, until },
});

const removed = (removedAt: string, early = true): BlacklistEvent => ({
  type: 'EnterpriseRemovedFromBlacklist',
  data: { enterpriseId: 'E1', removedAt, reason: 'credit repaired', early },
});

describe('BlacklistEnterprise', () => {
  it('names its stream blacklist-<enterpriseId>', () => {
    expect(blacklistStreamId('E1')).toBe('blacklist-E1');
  });

  it('lists for 3 years by default', () => {
    blacklist.given([]).when(list()).then([listed()]);
  });

  it('computes the default 3 years in the CST calendar', () => {
    const leapDayCst = '2024-02-29T17:00:00.000Z';
    blacklist
      .given([])
      .when(list({ listedAt: '2024-02-29T03:00:00.000Z' }))
      .thenMatches([
        {
          type: 'EnterpriseBlacklisted',
          data: expect.objectContaining({ until: '2027-03-01T03:00:00.000Z' }),
        },
      ]);
    blacklist
      .given([])
      .when(list({ listedAt: leapDayCst }))
      .thenMatches([
        {
          type: 'EnterpriseBlacklisted',
          data: expect.objectContaining({ until: '2027-02-28T17:00:00.000Z' }),
        },
      ]);
  });

  it('takes an explicit until after listedAt', () => {
    const until = '2026-03-15T02:00:00.000Z';
    blacklist
      .given([])
      .when(list({ until }))
      .then([listed(LISTED, until)]);
  });

  it('refuses an until not after listedAt', () => {
    blacklist
      .given([])
      .when(list({ until: LISTED }))
      .thenThrows('rule', 'until_not_after_listing');
  });

  it('refuses listedAt in the future', () => {
    blacklist
      .given([])
      .when(list({ listedAt: after(NOW, 1) }))
      .thenThrows('rule', 'in_future');
  });

  it('refuses a target that is not an enterprise', () => {
    blacklist
      .given([])
      .when(list({ enterpriseId: 'T1', enterprise: { id: 'T1', kind: 'town' } }))
      .thenThrows('rule', 'not_an_enterprise');
  });

  it('refuses an empty reason', () => {
    blacklist
      .given([])
      .when(list({ reason: '' }))
      .thenThrows('rule', 'required');
  });

  it('refuses listing an enterprise already listed', () => {
    blacklist
      .given([listed()])
      .when(list({ listedAt: after(UNTIL, -1) }))
      .thenThrows('state', 'already_listed');
  });

  it('lists again once the previous listing has expired', () => {
    blacklist
      .given([listed()])
      .when(list({ listedAt: UNTIL }))
      .thenMatches([
        { type: 'EnterpriseBlacklisted', data: expect.objectContaining({ listedAt: UNTIL }) },
      ]);
  });

  it('lists again after removal, not before it', () => {
    const removedAt = TWELVE_MONTHS;
    blacklist
      .given([listed(), removed(removedAt)])
      .when(list({ listedAt: removedAt }))
      .thenMatches([{ type: 'EnterpriseBlacklisted' }]);
    blacklist
      .given([listed(), removed(removedAt)])
      .when(list({ listedAt: after(removedAt, -1) }))
      .thenThrows('rule', 'listed_before_previous_removal');
  });
});

describe('RemoveFromBlacklist', () => {
  it('refuses early removal before 12 months', () => {
    blacklist
      .given([listed()])
      .when(remove(after(TWELVE_MONTHS, -1)))
      .thenThrows('rule', 'removal_too_early');
  });

  it('allows early removal at exactly 12 months (CST calendar)', () => {
    blacklist
      .given([listed()])
      .when(remove(TWELVE_MONTHS))
      .then([removed(TWELVE_MONTHS, true)]);
  });

  it('records a removal at or after until as not early', () => {
    blacklist
      .given([listed()])
      .when(remove(UNTIL))
      .then([removed(UNTIL, false)]);
  });

  it('refuses removing an enterprise never listed, or already removed (409 not_listed)', () => {
    blacklist.given([]).when(remove(TWELVE_MONTHS)).thenThrows('state', 'not_listed');
    blacklist
      .given([listed(), removed(TWELVE_MONTHS)])
      .when(remove(after(TWELVE_MONTHS, 1000)))
      .thenThrows('state', 'not_listed');
  });

  it('refuses removedAt before listedAt, or in the future', () => {
    blacklist
      .given([listed()])
      .when(remove(after(LISTED, -1)))
      .thenThrows('rule', 'removed_before_listing');
    blacklist
      .given([listed()])
      .when(remove(after(NOW, 1)))
      .thenThrows('rule', 'in_future');
  });

  it('refuses an empty reason', () => {
    blacklist.given([listed()]).when(remove(TWELVE_MONTHS, '')).thenThrows('rule', 'required');
  });
});

describe('isListedAt', () => {
  it('holds from listedAt until until', () => {
    const state = fold(blacklistDecider, [listed()]);
    expect(isListedAt(state, after(LISTED, -1))).toBe(false);
    expect(isListedAt(state, LISTED)).toBe(true);
    expect(isListedAt(state, after(UNTIL, -1))).toBe(true);
    expect(isListedAt(state, UNTIL)).toBe(false);
  });

  it('ends at removal and holds again after re-listing', () => {
    const relisted = '2027-01-01T00:00:00.000Z';
    const state = fold(blacklistDecider, [listed(), removed(TWELVE_MONTHS), listed(relisted, NOW)]);
    expect(isListedAt(state, after(TWELVE_MONTHS, -1))).toBe(true);
    expect(isListedAt(state, TWELVE_MONTHS)).toBe(false);
    expect(isListedAt(state, relisted)).toBe(true);
  });

  it('the view shows the listing in force at the reference time and the history', () => {
    const state = fold(blacklistDecider, [listed(), removed(TWELVE_MONTHS)]);
    expect(toBlacklistView('E1', state, LISTED)).toMatchObject({
      enterpriseId: 'E1',
      listed: true,
      current: { listedAt: LISTED, until: UNTIL },
    });
    const later = toBlacklistView('E1', state, TWELVE_MONTHS);
    expect(later.listed).toBe(false);
    expect(later.current).toBeNull();
    expect(later.history).toHaveLength(1);
    expect(later.history[0].removal).toEqual({
      removedAt: TWELVE_MONTHS,
      reason: 'credit repaired',
      early: true,
    });
  });
});
