import { districtOf, generateWorld } from '../../../src/world/generate';
import { Rng } from '../../../src/world/prng';
import { WORLD_SIZES } from '../../../src/world/sizes';
import { changePost, holderAt } from '../../../src/world/units';

const city = (seed: number) => generateWorld({ seed, year: 2025, size: WORLD_SIZES.city });

describe('the generated world', () => {
  const world = city(42);

  it('is the same for the same seed and another for another seed', () => {
    expect(city(42).all.map((u) => u.name)).toEqual(world.all.map((u) => u.name));
    expect(city(43).all.map((u) => u.name)).not.toEqual(world.all.map((u) => u.name));
  });

  it('has the size asked for: a city of five districts of twelve towns and thirty departments', () => {
    expect(world.roots).toEqual(world.cities);
    expect(world.cities).toHaveLength(1);
    expect(world.districts).toHaveLength(5);
    expect(world.districtWorlds).toHaveLength(5);
    expect(world.towns).toHaveLength(60);
    expect(world.departments).toHaveLength(30 + 5 * 30);
    expect(world.enterprises.length).toBeGreaterThanOrEqual(5 * 570);
    expect(world.enterprises.length).toBeLessThanOrEqual(5 * 630);
    expect(new Set(world.all.map((u) => u.id)).size).toBe(world.all.length);
  });

  it('lists parents before their children', () => {
    const seen = new Set<string>();
    for (const unit of world.all) {
      if (unit.parentId !== undefined) expect(seen.has(unit.parentId)).toBe(true);
      seen.add(unit.id);
    }
  });

  it('puts a principal in every unit; every deputy (一岗双责) oversees industries', () => {
    const principals = new Set(
      world.appointments.filter((a) => a.post === 'principal').map((a) => a.unit.id),
    );
    expect(world.all.every((u) => principals.has(u.id))).toBe(true);
    const deputies = world.appointments.filter((a) => a.post === 'deputy');
    expect(deputies.every((a) => (a.portfolioIndustries?.length ?? 0) > 0)).toBe(true);
  });

  it('finds the district of any unit, and the city for the city and its departments', () => {
    const enterprise = world.enterprises[0];
    expect(districtOf(world, enterprise.id).id).toBe(
      world.byId.get(enterprise.parentId!)!.parentId,
    );
    expect(districtOf(world, world.departments[0].id)).toBe(world.cities[0]);
  });

  it('changes a post holder: the old appointment ends where the new one starts', () => {
    const unit = generateWorld({ seed: 1, year: 2025, size: WORLD_SIZES.tiny }).towns[0];
    const at = Date.UTC(2025, 5, 1);
    const before = holderAt(unit, 'principal', at)!;
    const change = changePost(unit, 'principal', at, new Rng(1))!;
    expect(change.ended).toBe(before);
    expect(before.to).toBe(at);
    expect(holderAt(unit, 'principal', at)).toBe(change.appointment.holding);
    expect(changePost(unit, 'safety_director', at, new Rng(1))).toBeUndefined();
  });
});
