import {
  accountability,
  type AgreementRecord,
  amendAgreements,
  changePosts,
  commend,
  conductInspection,
  decidePenalty,
  scoreAgreements,
  signAgreement,
} from './activities';
import {
  DEATHS_PER_INCIDENT,
  type DistrictSummary,
  districtYear,
  expectations,
  industryShare,
  type Volumes,
} from './district-year';
import type { CityWorld } from '../../world/city';
import type { DistrictWorld } from '../../world/district';
import { type DistrictPart, worldRoots } from '../../world/generate';
import { planCityInspections } from '../../world/inspections';
import { planPenalties } from '../../world/penalties';
import type { Rng } from '../../world/prng';
import { WORLD_SIZES, type WorldSize } from '../../world/sizes';
import { cstDay, DAY, HOUR, officeTime, yearBounds } from '../../world/time';
import type { UnitInfo } from '../../world/units';
import { citySetup, districtSetup } from './setup';
import type { DemoCommand, DemoOptions, DemoScale } from './types';
import { Timeline, type YearScope } from './year-scope';

export { demoNow } from './year-scope';
export type { DemoCommand, DemoOptions, DemoScale } from './types';
export { DEMO_SCALES } from './types';

interface ScaleSpec {
  size: WorldSize;
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

const SCALES: Readonly<Record<DemoScale, ScaleSpec>> = {
  tiny: {
    size: WORLD_SIZES.tiny,
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
    size: WORLD_SIZES.district,
    volumes: DISTRICT_VOLUMES,
    cityInspectionsPerEnterprise: 0,
  },
  city: { size: WORLD_SIZES.city, volumes: DISTRICT_VOLUMES, cityInspectionsPerEnterprise: 0.4 },
  province: {
    size: WORLD_SIZES.province,
    volumes: DISTRICT_VOLUMES,
    cityInspectionsPerEnterprise: 0.4,
  },
};

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

interface DistrictOutcome {
  world: DistrictWorld;
  summary: DistrictSummary;
}

/** A district's setup and year; its year goes on drawing from the PRNG its world was drawn from. */
function districtChunk(
  options: DemoOptions,
  spec: ScaleSpec,
  { world, rng }: DistrictPart,
): { commands: DemoCommand[]; outcome: DistrictOutcome } {
  const scope = newScope(options.year, rng, world.district.id);
  const summary = districtYear(scope, world, spec.volumes);
  return {
    commands: [...districtSetup(world), ...scope.timeline.sorted()],
    outcome: { world, summary },
  };
}

/**
 * The demo in parts that can run one after the other (setup of a city, each district's year,
 * the city's own year), so a province never has to be held in memory at once.
 */
export function* demoChunks(options: DemoOptions): Generator<DemoCommand[]> {
  const spec = SCALES[options.scale];
  const { seed, year } = options;
  for (const root of worldRoots({ seed, year, size: spec.size })) {
    if (root.kind === 'district') {
      yield districtChunk(options, spec, root).commands;
      continue;
    }
    yield citySetup(root.world);
    const outcomes: DistrictOutcome[] = [];
    for (const district of root.districts()) {
      const chunk = districtChunk(options, spec, district);
      outcomes.push(chunk.outcome);
      yield chunk.commands;
    }
    const scope = newScope(year, root.rng, root.world.city.id);
    cityYear(scope, root.world, outcomes, spec);
    yield scope.timeline.sorted();
  }
}

/** The whole demo as one list of commands, in the order they are executed. */
export function generateDemo(options: DemoOptions): DemoCommand[] {
  const commands: DemoCommand[] = [];
  for (const chunk of demoChunks(options)) commands.push(...chunk);
  return commands;
}

/** The city's own year: agreements with its districts and departments, its departments' work. */
function cityYear(
  scope: YearScope,
  city: CityWorld,
  parts: DistrictOutcome[],
  spec: ScaleSpec,
): void {
  const { rng, year, last } = scope;
  changePosts(scope, [city.city, ...city.departments], spec.volumes.postChangeShare);
  const enterprises = parts.flatMap((p) => p.world.enterprises);
  const inspections = planCityInspections(
    rng,
    scope,
    city.departments,
    enterprises,
    spec.cityInspectionsPerEnterprise,
  );
  const penalties = planPenalties(rng, last, inspections, 0.05 * enterprises.length);
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
