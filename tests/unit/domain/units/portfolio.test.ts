import { fold } from '../../../../src/domain/shared/decider';
import {
  INDUSTRIES,
  type Industry,
  POSTS,
  POST_LABELS,
  PORTFOLIO_POSTS,
} from '../../../../src/domain/units/codes';
import type { AppointPerson } from '../../../../src/domain/units/commands';
import type { UnitEvent } from '../../../../src/domain/units/events';
import { unitDecider } from '../../../../src/domain/units/decider';
import { coversIndustry } from '../../../../src/domain/units/queries';
import { toUnitView } from '../../../../src/domain/units/view';
import { spec } from '../decider-spec';
import { NOW, appointed, townRegistered } from './fixtures';

const FROM = '2024-01-01T00:00:00.000Z';

const appoint = (overrides: Partial<AppointPerson> = {}): AppointPerson => ({
  type: 'AppointPerson',
  personId: 'P4',
  personName: '周副镇长',
  post: 'deputy',
  from: FROM,
  now: NOW,
  ...overrides,
});

/** P4 appointed deputy of T1 with the portfolio given, as the event records it. */
const deputyAppointed = (portfolioIndustries: Industry[]): UnitEvent => ({
  type: 'PersonAppointed',
  data: {
    unitId: 'T1',
    personId: 'P4',
    personName: '周副镇长',
    post: 'deputy',
    from: FROM,
    portfolioIndustries,
  },
});

describe('posts with a portfolio (分管领域, 一岗双责)', () => {
  it('has the post deputy 其他副职 after the deputy in charge', () => {
    expect(POSTS.join(' ')).toBe(
      'party_secretary principal deputy_in_charge deputy safety_director',
    );
    expect(POST_LABELS.deputy).toBe('其他副职');
    expect(PORTFOLIO_POSTS).toEqual(['deputy_in_charge', 'deputy']);
  });

  it('records the portfolio of a deputy on the appointment', () => {
    spec(unitDecider)
      .given([townRegistered])
      .when(appoint({ portfolioIndustries: ['construction', 'road_traffic'] }))
      .then([deputyAppointed(['construction', 'road_traffic'])]);
  });

  it('records the portfolio of a deputy in charge of safety', () => {
    spec(unitDecider)
      .given([townRegistered])
      .when(appoint({ post: 'deputy_in_charge', portfolioIndustries: ['fire'] }))
      .thenMatches([
        {
          type: 'PersonAppointed',
          data: expect.objectContaining({ portfolioIndustries: ['fire'] }),
        },
      ]);
  });

  it('appoints a deputy without a portfolio, and leaves an empty one off the event', () => {
    const given = spec(unitDecider).given([townRegistered]);
    const plain = given.when(appoint()).events();
    const empty = given.when(appoint({ portfolioIndustries: [] })).events();
    expect(plain).toEqual(empty);
    expect(plain[0].data).not.toHaveProperty('portfolioIndustries');
  });

  it.each(['party_secretary', 'principal', 'safety_director'])(
    'refuses a portfolio on the post %s (422)',
    (post) => {
      spec(unitDecider)
        .given([townRegistered])
        .when(appoint({ post, portfolioIndustries: ['construction'] }))
        .thenThrows('rule', 'portfolio_not_applicable');
      spec(unitDecider)
        .given([townRegistered])
        .when(appoint({ post, portfolioIndustries: [] }))
        .thenThrows('rule', 'portfolio_not_applicable');
    },
  );

  it('refuses an unknown industry code and a code listed twice', () => {
    spec(unitDecider)
      .given([townRegistered])
      .when(appoint({ portfolioIndustries: ['construction', 'schools'] }))
      .thenThrows('rule', 'invalid_industry');
    spec(unitDecider)
      .given([townRegistered])
      .when(appoint({ portfolioIndustries: ['fire', 'construction', 'fire'] }))
      .thenThrows('rule', 'duplicate_industry');
  });

  it('accepts every industry at once', () => {
    const all = [...INDUSTRIES];
    expect(all).toHaveLength(14);
    spec(unitDecider)
      .given([townRegistered])
      .when(appoint({ portfolioIndustries: all }))
      .thenMatches([
        { type: 'PersonAppointed', data: expect.objectContaining({ portfolioIndustries: all }) },
      ]);
  });

  it('shows the portfolio in the unit view, an old appointment without one as empty', () => {
    const unit = fold(unitDecider, [
      townRegistered,
      appointed('P1', 'principal', FROM),
      deputyAppointed(['construction']),
    ])!;
    expect(toUnitView(unit).posts.map((p) => [p.personId, p.portfolioIndustries])).toEqual([
      ['P1', []],
      ['P4', ['construction']],
    ]);
  });

  it('a deputy post covers the industries of its portfolio only; other posts cover none', () => {
    const deputy = { post: 'deputy' as const, portfolioIndustries: ['construction' as const] };
    expect(coversIndustry(deputy, 'construction')).toBe(true);
    expect(coversIndustry(deputy, 'fire')).toBe(false);
    expect(coversIndustry({ post: 'deputy' }, 'construction')).toBe(false);
    expect(
      coversIndustry({ post: 'deputy_in_charge', portfolioIndustries: ['fire'] }, 'fire'),
    ).toBe(true);
    expect(coversIndustry({ post: 'principal', portfolioIndustries: ['fire'] }, 'fire')).toBe(
      false,
    );
  });
});
