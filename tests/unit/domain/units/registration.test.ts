import { unitDecider, unitStreamId } from '../../../../src/domain/units/decider';
import type { RegisterUnit } from '../../../../src/domain/units/commands';
import { spec } from '../decider-spec';
import { NOW, townRegistered } from './fixtures';

const register = (overrides: Partial<RegisterUnit> = {}): RegisterUnit => ({
  type: 'RegisterUnit',
  id: 'T1',
  name: '东城街道',
  kind: 'town',
  parentId: 'D1',
  now: NOW,
  ...overrides,
});

describe('unit registration', () => {
  it('names the stream unit-<id>', () => {
    expect(unitStreamId('T1')).toBe('unit-T1');
  });

  it('registers a territorial unit', () => {
    spec(unitDecider).given([]).when(register()).then([townRegistered]);
  });

  it('registers a root unit with no parent and keeps establishedAt', () => {
    spec(unitDecider)
      .given([])
      .when(register({ id: 'C1', kind: 'city', parentId: undefined, establishedAt: NOW }))
      .then([
        {
          type: 'UnitRegistered',
          data: { id: 'C1', name: '东城街道', kind: 'city', establishedAt: NOW },
        },
      ]);
  });

  it('registers an enterprise with its industry', () => {
    spec(unitDecider)
      .given([])
      .when(register({ id: 'E1', kind: 'enterprise', industry: 'coal_mine' }))
      .thenMatches([
        { type: 'UnitRegistered', data: expect.objectContaining({ industry: 'coal_mine' }) },
      ]);
  });

  it('registers a department with its regulated industries', () => {
    spec(unitDecider)
      .given([])
      .when(register({ kind: 'department', regulatedIndustries: ['construction', 'fire'] }))
      .thenMatches([
        {
          type: 'UnitRegistered',
          data: expect.objectContaining({ regulatedIndustries: ['construction', 'fire'] }),
        },
      ]);
  });

  it('refuses registering the same unit twice', () => {
    spec(unitDecider)
      .given([townRegistered])
      .when(register())
      .thenThrows('state', 'already_exists');
  });

  it('refuses an empty name', () => {
    spec(unitDecider)
      .given([])
      .when(register({ name: '  ' }))
      .thenThrows('rule', 'required');
  });

  it('refuses an unknown kind', () => {
    spec(unitDecider)
      .given([])
      .when(register({ kind: 'county' }))
      .thenThrows('rule', 'invalid_kind');
  });

  it('refuses a unit that is its own parent', () => {
    spec(unitDecider)
      .given([])
      .when(register({ parentId: 'T1' }))
      .thenThrows('rule', 'parent_is_self');
  });

  it('refuses an enterprise without industry', () => {
    spec(unitDecider)
      .given([])
      .when(register({ kind: 'enterprise' }))
      .thenThrows('rule', 'industry_required');
  });

  it('refuses an enterprise with an unknown industry', () => {
    spec(unitDecider)
      .given([])
      .when(register({ kind: 'enterprise', industry: 'mining' }))
      .thenThrows('rule', 'invalid_industry');
  });

  it('refuses an industry on a unit that is not an enterprise', () => {
    spec(unitDecider)
      .given([])
      .when(register({ industry: 'construction' }))
      .thenThrows('rule', 'industry_not_applicable');
  });

  it('refuses a department without regulated industries', () => {
    spec(unitDecider)
      .given([])
      .when(register({ kind: 'department' }))
      .thenThrows('rule', 'regulated_industries_required');
    spec(unitDecider)
      .given([])
      .when(register({ kind: 'department', regulatedIndustries: [] }))
      .thenThrows('rule', 'regulated_industries_required');
  });

  it('refuses an unknown or repeated regulated industry', () => {
    spec(unitDecider)
      .given([])
      .when(register({ kind: 'department', regulatedIndustries: ['fire', 'boats'] }))
      .thenThrows('rule', 'invalid_industry');
    spec(unitDecider)
      .given([])
      .when(register({ kind: 'department', regulatedIndustries: ['fire', 'fire'] }))
      .thenThrows('rule', 'duplicate_industry');
  });

  it('refuses regulated industries on a unit that is not a department', () => {
    spec(unitDecider)
      .given([])
      .when(register({ regulatedIndustries: ['fire'] }))
      .thenThrows('rule', 'regulated_industries_not_applicable');
  });

  it('accepts establishedAt at now and refuses it 1 ms later', () => {
    spec(unitDecider)
      .given([])
      .when(register({ establishedAt: NOW }))
      .thenMatches([{ type: 'UnitRegistered' }]);
    spec(unitDecider)
      .given([])
      .when(register({ establishedAt: '2025-06-01T00:00:00.001Z' }))
      .thenThrows('rule', 'in_future');
  });

  it('refuses an establishedAt that is not a time', () => {
    spec(unitDecider)
      .given([])
      .when(register({ establishedAt: 'yesterday' }))
      .thenThrows('rule', 'invalid_time');
  });
});
