import { buildCity, type CityWorld } from './city';
import { buildDistrict, type DistrictPlace, type DistrictWorld } from './district';
import { cityName, placeStems } from './names';
import { deriveSeed, Rng } from './prng';
import type { WorldSize } from './sizes';
import type { Appointment, UnitInfo } from './units';

/** The world of a year is generated from a seed and a size; the same inputs, the same world. */
export interface WorldOptions {
  seed: number;
  year: number;
  size: WorldSize;
}

/**
 * A district and the PRNG it was drawn from. Each district draws from its own PRNG, seeded from
 * the seed, the year and its id, so its activities can go on drawing from it after the world.
 */
export interface DistrictPart {
  kind: 'district';
  world: DistrictWorld;
  rng: Rng;
}

/** A city and its PRNG; its districts are drawn one after the other, when asked for. */
export interface CityPart {
  kind: 'city';
  world: CityWorld;
  rng: Rng;
  districts: () => Generator<DistrictPart>;
}

const PROVINCE_CODES = ['32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '51', '53'];

const pad = (n: number): string => String(n).padStart(2, '0');

function districtPart(options: WorldOptions, place: DistrictPlace): DistrictPart {
  const rng = new Rng(deriveSeed(options.seed, options.year, place.id));
  const world = buildDistrict(rng, place, options.year, options.size.district);
  return { kind: 'district', world, rng };
}

function cityPart(options: WorldOptions, province: string, c: number, name: string): CityPart {
  const { seed, year, size } = options;
  const id = `C${province}${pad(c)}`;
  const rng = new Rng(deriveSeed(seed, year, id));
  const world = buildCity(rng, { id, name, year, departments: size.cityDepartments });
  const count = rng.int(size.districtsPerCity[0], size.districtsPerCity[1]);
  const places = placeStems(rng, count).map((stem, d) => ({
    id: `D${province}${pad(c)}${pad(d + 2)}`,
    name: `${stem}${d < Math.ceil(count / 2) ? '区' : '县'}`,
    stem,
    parentId: id,
  }));
  function* districts(): Generator<DistrictPart> {
    for (const place of places) yield districtPart(options, place);
  }
  return { kind: 'city', world, rng, districts };
}

/**
 * The top units of the world, one after the other (a province is never held in memory at once):
 * a single district, or the cities, each with its districts.
 */
export function* worldRoots(options: WorldOptions): Generator<DistrictPart | CityPart> {
  const root = new Rng(deriveSeed(options.seed, options.year, 'root'));
  const province = root.pick(PROVINCE_CODES);
  if (options.size.cities === 0) {
    const code = `${province}${pad(root.int(1, 9))}${pad(root.int(2, 12))}`;
    const [stem] = placeStems(root, 1);
    yield districtPart(options, { id: `D${code}`, name: `${stem}区`, stem });
    return;
  }
  const cityNames = new Set<string>();
  for (let c = 1; c <= options.size.cities; c++) {
    let name = cityName(root);
    while (cityNames.has(name)) name = cityName(root);
    cityNames.add(name);
    yield cityPart(options, province, c, name);
  }
}

/** The whole world at once, each kind of unit in a list. */
export interface World {
  /** The cities, or the single district. */
  roots: UnitInfo[];
  cities: UnitInfo[];
  districts: UnitInfo[];
  towns: UnitInfo[];
  departments: UnitInfo[];
  enterprises: UnitInfo[];
  /** Every unit, parents before children. */
  all: UnitInfo[];
  /** In the order they were drawn. */
  appointments: Appointment[];
  /** Each district with its own units (what a district's year is planned on). */
  districtWorlds: DistrictWorld[];
  byId: ReadonlyMap<string, UnitInfo>;
}

export function generateWorld(options: WorldOptions): World {
  const world: World = {
    roots: [],
    cities: [],
    districts: [],
    towns: [],
    departments: [],
    enterprises: [],
    all: [],
    appointments: [],
    districtWorlds: [],
    byId: new Map(),
  };
  const add = (part: DistrictPart): void => {
    const { district, towns, departments, enterprises, appointments } = part.world;
    world.districts.push(district);
    world.towns.push(...towns);
    world.departments.push(...departments);
    world.enterprises.push(...enterprises);
    world.all.push(district, ...towns, ...departments, ...enterprises);
    world.appointments.push(...appointments);
    world.districtWorlds.push(part.world);
  };
  for (const part of worldRoots(options)) {
    if (part.kind === 'district') {
      world.roots.push(part.world.district);
      add(part);
      continue;
    }
    const { city, departments, appointments } = part.world;
    world.roots.push(city);
    world.cities.push(city);
    world.departments.push(...departments);
    world.all.push(city, ...departments);
    world.appointments.push(...appointments);
    for (const district of part.districts()) add(district);
  }
  return { ...world, byId: new Map(world.all.map((unit) => [unit.id, unit])) };
}

/** The district a unit lies in; a city's own unit for the city and its departments. */
export function districtOf(world: World, unitId: string): UnitInfo {
  let unit = world.byId.get(unitId);
  while (unit?.kind !== 'district' && unit?.parentId !== undefined) {
    unit = world.byId.get(unit.parentId);
  }
  if (!unit) throw new Error(`world: no unit ${unitId}`);
  return unit;
}
