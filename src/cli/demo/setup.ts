import { AppointPersonCommand } from '../../modules/units/handlers/appoint-person.handler';
import { RecordUnitStatisticsCommand } from '../../modules/units/handlers/record-unit-statistics.handler';
import { RegisterUnitCommand } from '../../modules/units/handlers/register-unit.handler';
import { INDUSTRIES, type Industry, type Post } from '../../domain/units';
import {
  DEPARTMENTS,
  enterpriseName,
  HIGH_RISK,
  INDUSTRY_WEIGHTS,
  personName,
  placeStems,
  tradeName,
} from '../../world/names';
import type { Rng } from '../../world/prng';
import { type DemoCommand, demoCommand } from './types';
import { cstDay, cstIso, HOUR, type UnitInfo } from './world';

/** How big one district is. */
export interface DistrictShape {
  towns: number;
  departments: number;
  enterprises: readonly [number, number];
  /** Share of non-high-risk enterprises that sign an agreement. */
  keyShare: number;
  /** `lean` (the tiny test scale): principals only, no deputies or safety directors. */
  staffing?: 'full' | 'lean';
}

export interface DistrictWorld {
  district: UnitInfo;
  towns: UnitInfo[];
  departments: UnitInfo[];
  enterprises: UnitInfo[];
  setup: DemoCommand[];
}

export interface CityWorld {
  city: UnitInfo;
  departments: UnitInfo[];
  setup: DemoCommand[];
}

const OFFICE_POSTS: readonly Post[] = ['party_secretary', 'principal', 'deputy_in_charge'];
/** Rectification probability around which the towns are spread (DOMAIN 整改率 ≈ 96 %). */
const BASE_QUALITY = 0.963;

const unit = (
  fields: Omit<UnitInfo, 'posts' | 'persons' | 'quality'> & { quality?: number },
): UnitInfo => ({ quality: BASE_QUALITY, ...fields, posts: {}, persons: 0 });

function register(setup: DemoCommand[], info: UnitInfo): void {
  setup.push(
    demoCommand(
      RegisterUnitCommand,
      {},
      {
        id: info.id,
        name: info.name,
        kind: info.kind,
        ...(info.parentId !== undefined && { parentId: info.parentId }),
        ...(info.industry !== undefined && { industry: info.industry }),
        ...(info.regulated !== undefined && { regulatedIndustries: [...info.regulated] }),
      },
    ),
  );
}

/** A new person in a post of the unit from `from`: recorded in the unit and as a command. */
export function appoint(
  info: UnitInfo,
  post: Post,
  from: number,
  rng: Rng,
  portfolioIndustries?: readonly Industry[],
): DemoCommand {
  info.persons += 1;
  const holding = { personId: `${info.id}-P${info.persons}`, personName: personName(rng), from };
  (info.posts[post] ??= []).push(holding);
  return demoCommand(
    AppointPersonCommand,
    { unitId: info.id },
    {
      personId: holding.personId,
      personName: holding.personName,
      post,
      from: cstIso(from),
      ...(portfolioIndustries && { portfolioIndustries: [...portfolioIndustries] }),
    },
  );
}

/** A date in the last six years before the demo year. */
const staffedSince = (rng: Rng, year: number): number =>
  cstDay(rng.int(year - 6, year - 1), rng.int(1, 12), rng.int(1, 28)) + 9 * HOUR;

/** Staff in post since a date in the last six years before the demo year. */
function staff(
  rng: Rng,
  info: UnitInfo,
  posts: readonly Post[],
  year: number,
  setup: DemoCommand[],
) {
  for (const post of posts) setup.push(appoint(info, post, staffedSince(rng, year), rng));
}

/** 一岗双责: a deputy (其他副职) overseeing the industries of the unit's enterprises, if any. */
function portfolioDeputy(
  rng: Rng,
  info: UnitInfo,
  enterprises: readonly UnitInfo[],
  year: number,
  setup: DemoCommand[],
) {
  const present = new Set(enterprises.map((e) => e.industry));
  const portfolio = INDUSTRIES.filter((industry) => present.has(industry));
  if (portfolio.length > 0) {
    setup.push(appoint(info, 'deputy', staffedSince(rng, year), rng, portfolio));
  }
}

function statistics(
  rng: Rng,
  info: UnitInfo,
  year: number,
  scale: number,
  coal: boolean,
): DemoCommand {
  info.gdp = Math.round(rng.float(18, 130) * scale * 10) / 10;
  return demoCommand(
    RecordUnitStatisticsCommand,
    { unitId: info.id, year },
    {
      gdp100mYuan: info.gdp,
      industrialEmployees: Math.round(rng.float(6_000, 55_000) * scale),
      motorVehicles: Math.round(rng.float(12_000, 70_000) * scale),
      ...(coal && { coalOutputMt: Math.round(rng.float(0.3, 2.5) * 100) / 100 }),
    },
  );
}

/** Spreads the towns' rectification diligence around the base, with a mean of exactly the base. */
function qualities(rng: Rng, count: number): number[] {
  const offsets = Array.from({ length: count }, () =>
    rng.chance(0.2) ? rng.float(-0.06, -0.025) : rng.float(-0.015, 0.025),
  );
  const mean = offsets.reduce((sum, o) => sum + o, 0) / Math.max(1, count);
  return offsets.map((o) => Math.min(0.995, BASE_QUALITY + o - mean));
}

export function buildDistrict(
  rng: Rng,
  options: { id: string; name: string; stem: string; parentId?: string; year: number },
  shape: DistrictShape,
): DistrictWorld {
  const { id, name, stem, parentId, year } = options;
  const setup: DemoCommand[] = [];
  const district = unit({ id, name, kind: 'district', parentId, short: stem });
  register(setup, district);

  const stems = placeStems(rng, shape.towns);
  const townQuality = qualities(rng, shape.towns);
  const towns = stems.map((townStem, i) =>
    unit({
      id: `${id}-T${String(i + 1).padStart(2, '0')}`,
      name: `${townStem}${i < Math.ceil(shape.towns / 4) ? '街道' : '镇'}`,
      kind: 'town',
      parentId: id,
      short: townStem,
      quality: townQuality[i],
    }),
  );
  towns.forEach((town) => {
    town.townId = town.id;
    register(setup, town);
  });

  const departments = DEPARTMENTS.slice(0, shape.departments).map((dept) =>
    unit({
      id: `${id}-${dept.code}`,
      name: `${name}${dept.name}`,
      kind: 'department',
      parentId: id,
      regulated: dept.industries,
      short: `${stem}${dept.short}`,
    }),
  );
  departments.forEach((dept) => register(setup, dept));

  const count = rng.int(shape.enterprises[0], shape.enterprises[1]);
  const trades = new Set<string>();
  const enterprises: UnitInfo[] = [];
  for (let i = 0; i < count; i++) {
    // Streets (街道) host trade and services; towns (镇) industry and building.
    const town = i < towns.length ? towns[i] : rng.pick(towns);
    const industry: Industry = rng.weighted(INDUSTRY_WEIGHTS);
    const key = HIGH_RISK.includes(industry) || rng.chance(shape.keyShare);
    const enterprise = unit({
      id: `${id}-E${String(i + 1).padStart(4, '0')}`,
      name: enterpriseName(rng, tradeName(rng, trades), industry),
      kind: 'enterprise',
      parentId: town.id,
      industry,
      short: town.short,
      key,
      quality: town.quality,
      townId: town.id,
    });
    enterprises.push(enterprise);
    register(setup, enterprise);
  }

  const lean = shape.staffing === 'lean';
  const officePosts: readonly Post[] = lean ? ['principal', 'party_secretary'] : OFFICE_POSTS;
  staff(rng, district, officePosts, year, setup);
  for (const info of [...towns, ...departments]) staff(rng, info, officePosts, year, setup);
  for (const enterprise of enterprises) {
    const posts: readonly Post[] = lean
      ? ['principal']
      : enterprise.key
        ? [...OFFICE_POSTS, 'safety_director']
        : OFFICE_POSTS;
    staff(rng, enterprise, posts, year, setup);
  }
  if (!lean) {
    portfolioDeputy(rng, district, enterprises, year, setup);
    for (const town of towns) {
      const own = enterprises.filter((e) => e.townId === town.id);
      portfolioDeputy(rng, town, own, year, setup);
    }
  }

  setup.push(statistics(rng, district, year, shape.towns, false));
  for (const town of towns) {
    const coal = enterprises.some((e) => e.townId === town.id && e.industry === 'coal_mine');
    setup.push(statistics(rng, town, year, 1, coal));
  }
  return { district, towns, departments, enterprises, setup };
}

export function buildCity(
  rng: Rng,
  options: { id: string; name: string; year: number; departments: number },
): CityWorld {
  const { id, name, year } = options;
  const setup: DemoCommand[] = [];
  const stem = name.replace(/市$/, '');
  const city = unit({ id, name, kind: 'city', short: stem });
  register(setup, city);
  const departments = DEPARTMENTS.slice(0, options.departments).map((dept) =>
    unit({
      id: `${id}-${dept.code}`,
      name: `${name}${dept.name.replace('分局', '局').replace('大队', '支队')}`,
      kind: 'department',
      parentId: id,
      regulated: dept.industries,
      short: `${stem}${dept.short}`,
    }),
  );
  departments.forEach((dept) => register(setup, dept));
  for (const info of [city, ...departments]) staff(rng, info, OFFICE_POSTS, year, setup);
  return { city, departments, setup };
}
