import { INDUSTRIES, type Industry, type Post } from '../domain/units';
import {
  DEPARTMENTS,
  enterpriseName,
  HIGH_RISK,
  INDUSTRY_WEIGHTS,
  placeStems,
  tradeName,
} from './names';
import type { Rng } from './prng';
import { cstDay, HOUR } from './time';
import { type Appointment, appoint, type UnitInfo } from './units';

/** How big one district is. */
export interface DistrictShape {
  towns: number;
  departments: number;
  enterprises: readonly [number, number];
  /** Share of non-high-risk enterprises that sign an agreement. */
  keyShare: number;
  /** `lean`: principals only, no deputies or safety directors. */
  staffing?: 'full' | 'lean';
}

/** A district with its towns, departments and enterprises, and who holds their posts. */
export interface DistrictWorld {
  district: UnitInfo;
  towns: UnitInfo[];
  departments: UnitInfo[];
  enterprises: UnitInfo[];
  /** In the order they were drawn (district, towns and departments, enterprises, deputies). */
  appointments: Appointment[];
}

/** Where a district stands: its id, name, short form and the city above it (if any). */
export interface DistrictPlace {
  id: string;
  name: string;
  stem: string;
  parentId?: string;
}

export const OFFICE_POSTS: readonly Post[] = ['party_secretary', 'principal', 'deputy_in_charge'];
/** Rectification probability around which the towns are spread (DOMAIN 整改率 ≈ 96 %). */
const BASE_QUALITY = 0.963;

export const newUnit = (
  fields: Omit<UnitInfo, 'posts' | 'persons' | 'quality'> & { quality?: number },
): UnitInfo => ({ quality: BASE_QUALITY, ...fields, posts: {}, persons: 0 });

/** A date in the last six years before the year. */
const staffedSince = (rng: Rng, year: number): number =>
  cstDay(rng.int(year - 6, year - 1), rng.int(1, 12), rng.int(1, 28)) + 9 * HOUR;

/** Staff in post since a date in the last six years before the year. */
export function staff(
  rng: Rng,
  unit: UnitInfo,
  posts: readonly Post[],
  year: number,
): Appointment[] {
  return posts.map((post) => appoint(unit, post, staffedSince(rng, year), rng));
}

/** 一岗双责: a deputy (其他副职) overseeing the industries of the unit's enterprises, if any. */
function portfolioDeputy(
  rng: Rng,
  unit: UnitInfo,
  enterprises: readonly UnitInfo[],
  year: number,
): Appointment[] {
  const present = new Set(enterprises.map((e) => e.industry));
  const portfolio = INDUSTRIES.filter((industry) => present.has(industry));
  return portfolio.length > 0
    ? [appoint(unit, 'deputy', staffedSince(rng, year), rng, portfolio)]
    : [];
}

function statistics(rng: Rng, unit: UnitInfo, year: number, scale: number, coal: boolean): void {
  const gdp100mYuan = Math.round(rng.float(18, 130) * scale * 10) / 10;
  const industrialEmployees = Math.round(rng.float(6_000, 55_000) * scale);
  const motorVehicles = Math.round(rng.float(12_000, 70_000) * scale);
  unit.statistics = {
    year,
    gdp100mYuan,
    industrialEmployees,
    motorVehicles,
    ...(coal && { coalOutputMt: Math.round(rng.float(0.3, 2.5) * 100) / 100 }),
  };
}

/** Spreads the towns' rectification diligence around the base, with a mean of exactly the base. */
function qualities(rng: Rng, count: number): number[] {
  const offsets = Array.from({ length: count }, () =>
    rng.chance(0.2) ? rng.float(-0.06, -0.025) : rng.float(-0.015, 0.025),
  );
  const mean = offsets.reduce((sum, o) => sum + o, 0) / Math.max(1, count);
  return offsets.map((o) => Math.min(0.995, BASE_QUALITY + o - mean));
}

function enterprisesOf(rng: Rng, id: string, towns: UnitInfo[], shape: DistrictShape): UnitInfo[] {
  const count = rng.int(shape.enterprises[0], shape.enterprises[1]);
  const trades = new Set<string>();
  const enterprises: UnitInfo[] = [];
  for (let i = 0; i < count; i++) {
    const town = i < towns.length ? towns[i] : rng.pick(towns);
    const industry: Industry = rng.weighted(INDUSTRY_WEIGHTS);
    const key = HIGH_RISK.includes(industry) || rng.chance(shape.keyShare);
    enterprises.push(
      newUnit({
        id: `${id}-E${String(i + 1).padStart(4, '0')}`,
        name: enterpriseName(rng, tradeName(rng, trades), industry),
        kind: 'enterprise',
        parentId: town.id,
        industry,
        short: town.short,
        key,
        quality: town.quality,
        townId: town.id,
      }),
    );
  }
  return enterprises;
}

function appointmentsOf(
  rng: Rng,
  world: Omit<DistrictWorld, 'appointments'>,
  year: number,
  lean: boolean,
): Appointment[] {
  const { district, towns, departments, enterprises } = world;
  const officePosts: readonly Post[] = lean ? ['principal', 'party_secretary'] : OFFICE_POSTS;
  const appointments = staff(rng, district, officePosts, year);
  for (const unit of [...towns, ...departments]) {
    appointments.push(...staff(rng, unit, officePosts, year));
  }
  for (const enterprise of enterprises) {
    const posts: readonly Post[] = lean
      ? ['principal']
      : enterprise.key
        ? [...OFFICE_POSTS, 'safety_director']
        : OFFICE_POSTS;
    appointments.push(...staff(rng, enterprise, posts, year));
  }
  if (!lean) {
    appointments.push(...portfolioDeputy(rng, district, enterprises, year));
    for (const town of towns) {
      const own = enterprises.filter((e) => e.townId === town.id);
      appointments.push(...portfolioDeputy(rng, town, own, year));
    }
  }
  return appointments;
}

/** One district of the year, drawn from `rng`: its units, the people in their posts, statistics. */
export function buildDistrict(
  rng: Rng,
  place: DistrictPlace,
  year: number,
  shape: DistrictShape,
): DistrictWorld {
  const { id, name, stem, parentId } = place;
  const district = newUnit({ id, name, kind: 'district', parentId, short: stem });

  const stems = placeStems(rng, shape.towns);
  const townQuality = qualities(rng, shape.towns);
  // Streets (街道) host trade and services; towns (镇) industry and building.
  const towns = stems.map((townStem, i) =>
    newUnit({
      id: `${id}-T${String(i + 1).padStart(2, '0')}`,
      name: `${townStem}${i < Math.ceil(shape.towns / 4) ? '街道' : '镇'}`,
      kind: 'town',
      parentId: id,
      short: townStem,
      quality: townQuality[i],
    }),
  );
  towns.forEach((town) => (town.townId = town.id));

  const departments = DEPARTMENTS.slice(0, shape.departments).map((dept) =>
    newUnit({
      id: `${id}-${dept.code}`,
      name: `${name}${dept.name}`,
      kind: 'department',
      parentId: id,
      regulated: dept.industries,
      short: `${stem}${dept.short}`,
    }),
  );

  const enterprises = enterprisesOf(rng, id, towns, shape);
  const units = { district, towns, departments, enterprises };
  const appointments = appointmentsOf(rng, units, year, shape.staffing === 'lean');

  statistics(rng, district, year, shape.towns, false);
  for (const town of towns) {
    const coal = enterprises.some((e) => e.townId === town.id && e.industry === 'coal_mine');
    statistics(rng, town, year, 1, coal);
  }
  return { ...units, appointments };
}
