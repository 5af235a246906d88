import { fold } from '../../../../src/domain/shared/decider';
import { unitDecider } from '../../../../src/domain/units/decider';
import type { UnitEvent } from '../../../../src/domain/units/events';
import { existedAt, holdersAt, holdsPostAt } from '../../../../src/domain/units/queries';
import type { Unit } from '../../../../src/domain/units/state';
import { appointed, ended, townRegistered } from './fixtures';

const unitOf = (events: UnitEvent[]): Unit => fold(unitDecider, events)!;

const A = '2023-01-01T00:00:00.000Z';
const B = '2024-03-01T00:00:00.000Z';

describe('unit queries', () => {
  const unit = unitOf([
    townRegistered,
    appointed('P1', 'principal', A),
    ended('P1', 'principal', A, B),
    appointed('P2', 'principal', B),
    appointed('P3', 'party_secretary', A),
  ]);

  it('finds the holder of a post on an instant, from inclusive, to exclusive', () => {
    expect(holdersAt(unit, 'principal', A).map((h) => h.personId)).toEqual(['P1']);
    expect(holdersAt(unit, 'principal', '2024-02-29T23:59:59.999Z').map((h) => h.personId)).toEqual(
      ['P1'],
    );
    expect(holdersAt(unit, 'principal', B).map((h) => h.personId)).toEqual(['P2']);
    expect(holdersAt(unit, 'principal', '2022-12-31T23:59:59.999Z')).toEqual([]);
  });

  it('returns the appointment with its period', () => {
    expect(holdersAt(unit, 'principal', '2023-06-01T00:00:00.000Z')).toEqual([
      { personId: 'P1', personName: 'name of P1', post: 'principal', from: A, to: B },
    ]);
  });

  it('lists several holders of a post when appointments overlap', () => {
    const overlapping = unitOf([
      townRegistered,
      appointed('P1', 'principal', A),
      appointed('P2', 'principal', B),
    ]);
    expect(holdersAt(overlapping, 'principal', B).map((h) => h.personId)).toEqual(['P1', 'P2']);
  });

  it('tells whether a person held a post on an instant', () => {
    expect(holdsPostAt(unit, 'P1', 'principal', '2023-06-01T00:00:00.000Z')).toBe(true);
    expect(holdsPostAt(unit, 'P1', 'principal', B)).toBe(false);
    expect(holdsPostAt(unit, 'P1', 'party_secretary', '2023-06-01T00:00:00.000Z')).toBe(false);
    expect(holdsPostAt(unit, 'P3', 'party_secretary', '2030-01-01T00:00:00.000Z')).toBe(true);
  });

  it('compares instants, not strings, so offsets normalise', () => {
    expect(holdsPostAt(unit, 'P1', 'principal', '2023-01-01T08:00:00+08:00')).toBe(true);
    expect(holdsPostAt(unit, 'P1', 'principal', '2023-01-01T07:59:59+08:00')).toBe(false);
  });

  it('counts a unit without establishedAt as always existing', () => {
    expect(existedAt(unit, '1990-01-01T00:00:00.000Z')).toBe(true);
  });

  it('counts a unit as existing from establishedAt on', () => {
    const established = unitOf([
      { ...townRegistered, data: { ...townRegistered.data, establishedAt: A } },
    ]);
    expect(existedAt(established, A)).toBe(true);
    expect(existedAt(established, '2022-12-31T23:59:59.999Z')).toBe(false);
  });
});
