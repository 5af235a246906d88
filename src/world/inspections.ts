import type { InspectionKind } from '../domain/inspections';
import type { DistrictWorld } from './district';
import { hazardDescription, personName } from './names';
import type { Rng } from './prng';
import { DAY, seasonalTime } from './time';
import type { UnitInfo } from './units';

/** The stretch of a year things happen in: its last instant (before the year's end). */
export interface YearWindow {
  year: number;
  last: number;
}

/** Who inspects whom, how and when. */
export interface PlannedInspection {
  inspecting: UnitInfo;
  inspected: UnitInfo;
  kind: InspectionKind;
  at: number;
}

export type HazardLevel = 'general' | 'major';

export interface PlannedFinding {
  level: HazardLevel;
  description: string;
  deadline: number;
}

type Visit = Omit<PlannedInspection, 'at'>;
type Kinds = ReadonlyArray<readonly [InspectionKind, number]>;

/** `inspecting` visits one of `pool`, in one of the kinds. */
const visit = (rng: Rng, inspecting: UnitInfo, pool: readonly UnitInfo[], kinds: Kinds): Visit => ({
  inspecting,
  inspected: rng.pick(pool),
  kind: rng.weighted(kinds),
});

/** The enterprises each department regulates, and the departments weighted by how many (^0.7). */
function regulation(departments: readonly UnitInfo[], enterprises: readonly UnitInfo[]) {
  const regulatedBy = new Map(
    departments.map((d) => [d.id, enterprises.filter((e) => d.regulated!.includes(e.industry!))]),
  );
  const weights = departments
    .filter((d) => regulatedBy.get(d.id)!.length > 0)
    .map((d) => [d, Math.pow(regulatedBy.get(d.id)!.length, 0.7)] as const);
  return { regulatedBy, weights };
}

const TOWN_KINDS: Kinds = [
  ['routine', 60],
  ['patrol', 25],
  ['special', 10],
  ['unannounced', 5],
];
const DEPARTMENT_KINDS: Kinds = [
  ['routine', 50],
  ['special', 30],
  ['unannounced', 10],
  ['joint', 10],
];
const DISTRICT_KINDS: Kinds = [
  ['joint', 40],
  ['unannounced', 30],
  ['special', 30],
];
const CITY_KINDS: Kinds = [
  ['special', 40],
  ['unannounced', 25],
  ['joint', 20],
  ['routine', 15],
];

/**
 * The inspections of a district's year: towns inspect their enterprises, departments the
 * enterprises of the industries they regulate, the district anyone, key enterprises themselves.
 */
export function planInspections(
  rng: Rng,
  { year, last }: YearWindow,
  world: Omit<DistrictWorld, 'appointments'>,
  perEnterprise: number,
): PlannedInspection[] {
  const { district, towns, departments, enterprises } = world;
  const ofTown = new Map<string, UnitInfo[]>();
  enterprises.forEach((e) => ofTown.set(e.townId!, [...(ofTown.get(e.townId!) ?? []), e]));
  const townWeights = towns
    .filter((t) => ofTown.has(t.id))
    .map((t) => [t, ofTown.get(t.id)!.length] as const);
  const { regulatedBy, weights: deptWeights } = regulation(departments, enterprises);
  const keyEnterprises = enterprises.filter((e) => e.key);

  const plans: PlannedInspection[] = [];
  const total = rng.around(perEnterprise * enterprises.length);
  for (let i = 0; i < total; i++) {
    const at = seasonalTime(rng, year, last - 2 * DAY);
    const by = rng.weighted([
      ['town', townWeights.length > 0 ? 40 : 0],
      ['department', deptWeights.length > 0 ? 38 : 0],
      ['district', 5],
      ['self', keyEnterprises.length > 0 ? 17 : 0],
    ] as const);
    if (by === 'town') {
      const town = rng.weighted(townWeights);
      plans.push({ ...visit(rng, town, ofTown.get(town.id)!, TOWN_KINDS), at });
    } else if (by === 'department') {
      const dept = rng.weighted(deptWeights);
      plans.push({ ...visit(rng, dept, regulatedBy.get(dept.id)!, DEPARTMENT_KINDS), at });
    } else if (by === 'district') {
      const pool = rng.chance(0.25) || enterprises.length === 0 ? towns : enterprises;
      plans.push({ ...visit(rng, district, pool, DISTRICT_KINDS), at });
    } else {
      const enterprise = rng.pick(keyEnterprises);
      plans.push({ inspecting: enterprise, inspected: enterprise, kind: 'self', at });
    }
  }
  return plans;
}

/** A city's departments inspect the enterprises of their industries in all its districts. */
export function planCityInspections(
  rng: Rng,
  { year, last }: YearWindow,
  departments: readonly UnitInfo[],
  enterprises: readonly UnitInfo[],
  perEnterprise: number,
): PlannedInspection[] {
  const { regulatedBy, weights } = regulation(departments, enterprises);
  const plans: PlannedInspection[] = [];
  const total = weights.length > 0 ? rng.around(perEnterprise * enterprises.length) : 0;
  for (let i = 0; i < total; i++) {
    const dept = rng.weighted(weights);
    const planned = visit(rng, dept, regulatedBy.get(dept.id)!, CITY_KINDS);
    plans.push({ ...planned, at: seasonalTime(rng, year, last - 2 * DAY) });
  }
  return plans;
}

const FINDING_COUNTS: Readonly<Record<string, ReadonlyArray<readonly [number, number]>>> = {
  self: [
    [0, 40],
    [1, 35],
    [2, 18],
    [3, 7],
  ],
  unannounced: [
    [0, 10],
    [1, 25],
    [2, 30],
    [3, 20],
    [4, 15],
  ],
  default: [
    [0, 25],
    [1, 32],
    [2, 24],
    [3, 12],
    [4, 7],
  ],
};

/** The rectification deadline of a hazard identified at `identifiedAt`. */
export const hazardDeadline = (rng: Rng, level: HazardLevel, identifiedAt: number): number =>
  identifiedAt + (level === 'major' ? rng.int(30, 90) : rng.int(7, 30)) * DAY;

const RISKY = ['hazardous_chemicals', 'non_coal_mine', 'coal_mine', 'fireworks', 'construction'];

function findingLevel(rng: Rng, inspected: UnitInfo, kind: InspectionKind): HazardLevel {
  let p = kind === 'self' ? 0.01 : kind === 'unannounced' || kind === 'special' ? 0.05 : 0.025;
  if (inspected.industry && RISKY.includes(inspected.industry)) p *= 2;
  return rng.chance(p) ? 'major' : 'general';
}

/** Who inspected (a safety officer for a self-inspection) and what they found. */
export function inspectionFindings(
  rng: Rng,
  plan: PlannedInspection,
): { inspectors: string[]; findings: PlannedFinding[] } {
  const inspectors =
    plan.kind === 'self'
      ? [`安全员${personName(rng)}`]
      : Array.from({ length: rng.int(2, 3) }, () => personName(rng));
  const count = rng.weighted(FINDING_COUNTS[plan.kind] ?? FINDING_COUNTS.default);
  const findings = Array.from({ length: count }, () => {
    const level = findingLevel(rng, plan.inspected, plan.kind);
    const deadline = hazardDeadline(rng, level, plan.at);
    return { level, deadline, description: hazardDescription(rng, plan.inspected.industry) };
  });
  return { inspectors, findings };
}
