import {
  accountability,
  type AgreementRecord,
  amendAgreements,
  changePosts,
  commend,
  conductInspection,
  decidePenalty,
  type PlannedInspection,
  scoreAgreements,
  signAgreement,
} from './activities';
import {
  DEATHS_PER_INCIDENT,
  type DistrictSummary,
  districtYear,
  expectations,
  industryShare,
  planPenalties,
  type Volumes,
} from './district-year';
import { cityName, placeStems } from '../../world/names';
import { deriveSeed, Rng } from '../../world/prng';
import {
  buildCity,
  buildDistrict,
  type CityWorld,
  type DistrictShape,
  type DistrictWorld,
} from './setup';
import type { DemoCommand, DemoOptions, DemoScale } from './types';
import {
  cstDay,
  DAY,
  HOUR,
  officeTime,
  seasonalTime,
  Timeline,
  yearBounds,
  type UnitInfo,
  type YearScope,
} from './world';

export { demoNow } from './world';
export type { DemoCommand, DemoOptions, DemoScale } from './types';
export { DEMO_SCALES } from './types';

interface ScaleSpec {
  /** Cities, each with its districts; 0: a single district without a city above it. */
  cities: number;
  districtsPerCity: readonly [number, number];
  cityDepartments: number;
  shape: DistrictShape;
  volumes: Volumes;
  /** Inspections by city departments, per enterprise of the city. */
  cityInspectionsPerEnterprise: number;
}

const DISTRICT_VOLUMES: Volumes = {
  inspectionsPerEnterprise: 5,
  directHazardsPerEnterprise: 0.3,
  reportsPerEnterprise: 0.06,
  penaltiesPerEnterprise: 0.45,
  incidentsPerEnterprise: 0.06,
  minIncidents: 3,
  minLarger: 1,
  maxLarger: 4,
  postChangeShare: 0.12,
  commendations: [2, 4],
};

const DISTRICT_SHAPE: DistrictShape = {
  towns: 12,
  departments: 30,
  enterprises: [570, 630],
  keyShare: 0.12,
};

const SCALES: Readonly<Record<DemoScale, ScaleSpec>> = {
  tiny: {
    cities: 0,
    districtsPerCity: [1, 1],
    cityDepartments: 0,
    shape: { towns: 2, departments: 3, enterprises: [10, 10], keyShare: 0, staffing: 'lean' },
    volumes: {
      inspectionsPerEnterprise: 0.6,
      directHazardsPerEnterprise: 0.1,
      reportsPerEnterprise: 0.1,
      penaltiesPerEnterprise: 0.2,
      incidentsPerEnterprise: 0,
      minIncidents: 2,
      minLarger: 1,
      maxLarger: 1,
      postChangeShare: 0.5,
      commendations: [1, 1],
    },
    cityInspectionsPerEnterprise: 0,
  },
  district: {
    cities: 0,
    districtsPerCity: [1, 1],
    cityDepartments: 0,
    shape: DISTRICT_SHAPE,
    volumes: DISTRICT_VOLUMES,
    cityInspectionsPerEnterprise: 0,
  },
  city: {
    cities: 1,
    districtsPerCity: [5, 5],
    cityDepartments: 30,
    shape: DISTRICT_SHAPE,
    volumes: DISTRICT_VOLUMES,
    cityInspectionsPerEnterprise: 0.4,
  },
  province: {
    cities: 9,
    districtsPerCity: [4, 7],
    cityDepartments: 30,
    shape: DISTRICT_SHAPE,
    volumes: DISTRICT_VOLUMES,
    cityInspectionsPerEnterprise: 0.4,
  },
};

const PROVINCE_CODES = ['32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '51', '53'];

function newScope(year: number, rng: Rng, prefix: string): YearScope {
  const { start, end } = yearBounds(year);
  return {
    year,
    rng,
    start,
    last: end - HOUR,
    timeline: new Timeline(),
    prefix,
    counters: new Map(),
  };
}

interface DistrictPart {
  world: DistrictWorld;
  summary: DistrictSummary;
}

function districtChunk(
  options: DemoOptions,
  spec: ScaleSpec,
  unit: { id: string; name: string; stem: string; parentId?: string },
): { commands: DemoCommand[]; part: DistrictPart } {
  const rng = new Rng(deriveSeed(options.seed, options.year, unit.id));
  const world = buildDistrict(rng, { ...unit, year: options.year }, spec.shape);
  const scope = newScope(options.year, rng, unit.id);
  const summary = districtYear(scope, world, spec.volumes);
  return { commands: [...world.setup, ...scope.timeline.sorted()], part: { world, summary } };
}

/**
 * The demo in parts that can run one after the other (setup of a city, each district's year,
 * the city's own year), so a province never has to be held in memory at once. Each part draws
 * from its own PRNG, seeded from the seed and the part's id.
 */
export function* demoChunks(options: DemoOptions): Generator<DemoCommand[]> {
  const spec = SCALES[options.scale];
  const root = new Rng(deriveSeed(options.seed, options.year, 'root'));
  const province = root.pick(PROVINCE_CODES);
  if (spec.cities === 0) {
    const code = `${province}${pad(root.int(1, 9))}${pad(root.int(2, 12))}`;
    const [stem] = placeStems(root, 1);
    yield districtChunk(options, spec, { id: `D${code}`, name: `${stem}区`, stem }).commands;
    return;
  }
  const cityNames = new Set<string>();
  for (let c = 1; c <= spec.cities; c++) {
    let name = cityName(root);
    while (cityNames.has(name)) name = cityName(root);
    cityNames.add(name);
    const cityId = `C${province}${pad(c)}`;
    const cityRng = new Rng(deriveSeed(options.seed, options.year, cityId));
    const city = buildCity(cityRng, {
      id: cityId,
      name,
      year: options.year,
      departments: spec.cityDepartments,
    });
    yield city.setup;
    const districtCount = cityRng.int(spec.districtsPerCity[0], spec.districtsPerCity[1]);
    const stems = placeStems(cityRng, districtCount);
    const parts: DistrictPart[] = [];
    for (let d = 0; d < districtCount; d++) {
      const id = `D${province}${pad(c)}${pad(d + 2)}`;
      const suffix = d < Math.ceil(districtCount / 2) ? '区' : '县';
      const chunk = districtChunk(options, spec, {
        id,
        name: `${stems[d]}${suffix}`,
        stem: stems[d],
        parentId: cityId,
      });
      parts.push(chunk.part);
      yield chunk.commands;
    }
    const scope = newScope(options.year, cityRng, cityId);
    cityYear(scope, city, parts, spec);
    yield scope.timeline.sorted();
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The whole demo as one list of commands, in the order they are executed. */
export function generateDemo(options: DemoOptions): DemoCommand[] {
  const commands: DemoCommand[] = [];
  for (const chunk of demoChunks(options)) commands.push(...chunk);
  return commands;
}

/** The city's own year: agreements with its districts and departments, its departments' work. */
function cityYear(scope: YearScope, city: CityWorld, parts: DistrictPart[], spec: ScaleSpec): void {
  const { rng, year, last } = scope;
  changePosts(scope, [city.city, ...city.departments], spec.volumes.postChangeShare);
  const enterprises = parts.flatMap((p) => p.world.enterprises);
  const regulatedBy = new Map(
    city.departments.map((d) => [
      d.id,
      enterprises.filter((e) => d.regulated!.includes(e.industry!)),
    ]),
  );
  const weights = city.departments
    .filter((d) => regulatedBy.get(d.id)!.length > 0)
    .map((d) => [d, Math.pow(regulatedBy.get(d.id)!.length, 0.7)] as const);
  const inspections: PlannedInspection[] = [];
  const total =
    weights.length > 0 ? rng.around(spec.cityInspectionsPerEnterprise * enterprises.length) : 0;
  for (let i = 0; i < total; i++) {
    const dept = rng.weighted(weights);
    inspections.push({
      inspecting: dept,
      inspected: rng.pick(regulatedBy.get(dept.id)!),
      kind: rng.weighted([
        ['special', 40],
        ['unannounced', 25],
        ['joint', 20],
        ['routine', 15],
      ] as const),
      at: seasonalTime(rng, year, last - 2 * DAY),
    });
  }
  const penalties = planPenalties(scope, inspections, 0.05 * enterprises.length);
  const counted = (list: Array<{ id: string }>) => {
    const map = new Map<string, number>();
    list.forEach(({ id }) => map.set(id, (map.get(id) ?? 0) + 1));
    return map;
  };
  const inspectionsBy = counted(inspections.map((p) => p.inspecting));
  const penaltiesBy = counted(penalties.map((p) => p.enforcer));

  const records: AgreementRecord[] = [];
  let cityIncidents = 0;
  for (const part of parts) {
    const signedAt = officeTime(rng, cstDay(year, 1, 4), cstDay(year, 1, 25));
    const expected = expectations(part.world, spec.volumes).get(part.world.district.id);
    cityIncidents += expected?.accidents ?? 0;
    records.push(
      signAgreement(scope, city.city, part.world.district, signedAt, {
        inspections: part.summary.districtInspections,
        expected,
      }),
    );
  }
  for (const dept of city.departments) {
    const signedAt = officeTime(rng, cstDay(year, 1, 4), cstDay(year, 2, 10));
    const accidents = cityIncidents * industryShare(dept.regulated!);
    records.push(
      signAgreement(scope, city.city, dept, signedAt, {
        inspections: inspectionsBy.get(dept.id),
        penalties: penaltiesBy.get(dept.id),
        expected: { accidents, deaths: accidents * DEATHS_PER_INCIDENT },
      }),
    );
  }
  amendAgreements(scope, records);
  inspections.forEach((plan) => conductInspection(scope, plan));
  penalties.forEach((plan) => decidePenalty(scope, plan, 'pre_incident'));

  // The city interviews a district's principal after each larger incident; two or more: a circular.
  for (const part of parts) {
    const larger = part.summary.incidents.filter((i) => i.grade === 'larger');
    const district: UnitInfo = part.world.district;
    for (const incident of larger) {
      accountability(scope, {
        target: district,
        post: 'principal',
        form: 'interview',
        deciding: city.city,
        at: officeTime(rng, incident.occurredAt + 5 * DAY, incident.occurredAt + 20 * DAY),
        reason: `${district.name}发生较大生产安全事故，约谈区（县）政府主要负责人`,
        incidentId: incident.id,
      });
    }
    if (larger.length >= 2) {
      accountability(scope, {
        target: district,
        post: 'party_secretary',
        form: 'circular',
        deciding: city.city,
        at: officeTime(rng, cstDay(year, 11, 1), cstDay(year, 12, 15)),
        reason: '年内发生两起以上较大生产安全事故，予以通报批评',
      });
    }
  }
  rng.sample(parts, rng.int(1, 2)).forEach((part) => commend(scope, part.world.district));
  scoreAgreements(scope, records);
}
