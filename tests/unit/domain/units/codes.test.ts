import {
  INDUSTRIES,
  INDUSTRY_LABELS,
  POSTS,
  POST_LABELS,
  UNIT_KINDS,
  UNIT_KIND_LABELS,
  isIndustry,
  isPost,
  isUnitKind,
} from '../../../../src/domain/units/codes';

describe('unit codes', () => {
  it('lists the kinds, industries and posts of DOMAIN.md with a label each', () => {
    expect(UNIT_KINDS).toHaveLength(7);
    expect(INDUSTRIES).toHaveLength(14);
    expect(POSTS).toEqual([
      'party_secretary',
      'principal',
      'deputy_in_charge',
      'deputy',
      'safety_director',
    ]);
    expect(Object.keys(UNIT_KIND_LABELS)).toEqual([...UNIT_KINDS]);
    expect(Object.keys(INDUSTRY_LABELS)).toEqual([...INDUSTRIES]);
    expect(Object.keys(POST_LABELS)).toEqual([...POSTS]);
    expect(INDUSTRY_LABELS.hazardous_chemicals).toBe('化工和危险化学品');
  });

  it('recognises members only', () => {
    expect(isUnitKind('park')).toBe(true);
    expect(isUnitKind('county')).toBe(false);
    expect(isIndustry('fire')).toBe(true);
    expect(isIndustry(3)).toBe(false);
    expect(isPost('principal')).toBe(true);
    expect(isPost('mayor')).toBe(false);
  });
});
