import { BlacklistEnterpriseCommand } from '../../modules/enforcement/handlers/blacklist-enterprise.handler';
import { ConcludeInvestigationCommand } from '../../modules/incidents/handlers/conclude-investigation.handler';
import { EstablishMisreportingFindingCommand } from '../../modules/incidents/handlers/establish-misreporting-finding.handler';
import { ExtendInvestigationCommand } from '../../modules/incidents/handlers/extend-investigation.handler';
import { OpenInvestigationCommand } from '../../modules/incidents/handlers/open-investigation.handler';
import { ReportIncidentCommand } from '../../modules/incidents/handlers/report-incident.handler';
import { ReviseCasualtiesCommand } from '../../modules/incidents/handlers/revise-casualties.handler';
import type { Industry } from '../../domain/units';
import {
  accountability,
  type AgreementRecord,
  type Expected,
  amendAgreements,
  changePosts,
  commend,
  conductInspection,
  decidePenalty,
  identifyHazard,
  scoreAgreements,
  signAgreement,
  whistleblowerReport,
} from './activities';
import { causeOf, incidentKind, MEASURES } from '../../world/names';
import type { DistrictWorld } from '../../world/district';
import { planDirectHazards } from '../../world/hazards';
import { planInspections } from '../../world/inspections';
import { planPenalties } from '../../world/penalties';
import { demoCommand } from './types';
import { cstDay, cstIso, DAY, HOUR, MINUTE, officeTime } from '../../world/time';
import { holderAt, type UnitInfo } from '../../world/units';
import { supervisionYear } from './supervision';
import { nextId, type YearScope } from './year-scope';

/** How much happens in a district's year, per enterprise. */
export interface Volumes {
  inspectionsPerEnterprise: number;
  directHazardsPerEnterprise: number;
  reportsPerEnterprise: number;
  penaltiesPerEnterprise: number;
  incidentsPerEnterprise: number;
  minIncidents: number;
  /** Larger (较大) incidents: at least this many, at most `maxLarger`. */
  minLarger: number;
  maxLarger: number;
  postChangeShare: number;
  commendations: readonly [number, number];
}

export interface IncidentSummary {
  id: string;
  grade: 'general' | 'larger';
  occurredAt: number;
  /** The town the incident happened in (itself, or its enterprise's). */
  townId?: string;
}

export interface DistrictSummary {
  incidents: IncidentSummary[];
  /** Inspections the district itself conducted (the measured task of its own agreement). */
  districtInspections: number;
}

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** Everything of a district's year after its units are set up, in time order. */
export function districtYear(
  scope: YearScope,
  world: DistrictWorld,
  volumes: Volumes,
): DistrictSummary {
  const { rng, year, last } = scope;
  const { district, towns, departments, enterprises } = world;

  changePosts(scope, [district], 0.3);
  changePosts(scope, [...towns, ...departments], volumes.postChangeShare);
  changePosts(scope, enterprises, volumes.postChangeShare / 4);

  // Plan the year's inspections and penalties first: the agreements' measured targets follow them.
  const inspections = planInspections(rng, scope, world, volumes.inspectionsPerEnterprise);
  const inspectionsBy = new Map<string, number>();
  inspections.forEach((plan) => count(inspectionsBy, plan.inspecting.id));
  const penalties = planPenalties(
    rng,
    last,
    inspections,
    volumes.penaltiesPerEnterprise * enterprises.length,
  );
  const penaltiesBy = new Map<string, number>();
  penalties.forEach((plan) => count(penaltiesBy, plan.enforcer.id));

  const records: AgreementRecord[] = [];
  const expected = expectations(world, volumes);
  const targets = (info: UnitInfo) => ({
    inspections: inspectionsBy.get(info.id),
    penalties: penaltiesBy.get(info.id),
    expected: expected.get(info.id),
  });
  for (const info of [...towns, ...departments]) {
    const signedAt = officeTime(rng, cstDay(year, 1, 5), cstDay(year, 2, 28));
    records.push(signAgreement(scope, district, info, signedAt, targets(info)));
  }
  for (const enterprise of enterprises.filter((e) => e.key)) {
    const town = towns.find((t) => t.id === enterprise.townId)!;
    const signedAt = officeTime(rng, cstDay(year, 2, 1), cstDay(year, 3, 31));
    records.push(signAgreement(scope, town, enterprise, signedAt, targets(enterprise)));
  }
  amendAgreements(scope, records);

  const hazards = inspections.flatMap((plan) => conductInspection(scope, plan));
  const direct = planDirectHazards(rng, scope, enterprises, volumes.directHazardsPerEnterprise);
  for (const { unit, at } of direct) hazards.push(identifyHazard(scope, unit, at));
  const reports = rng.around(volumes.reportsPerEnterprise * enterprises.length);
  for (let i = 0; i < reports; i++) whistleblowerReport(scope, rng.pick(enterprises));
  penalties.forEach((plan) => decidePenalty(scope, plan, 'pre_incident'));

  const incidents = yearIncidents(scope, world, volumes);

  // Accountability outside incidents: the towns slowest at rectification are interviewed (约谈).
  const slow = [...towns]
    .sort((a, b) => a.quality - b.quality)
    .slice(0, Math.max(1, towns.length / 6));
  for (const town of slow) {
    accountability(scope, {
      target: town,
      post: 'principal',
      form: 'interview',
      deciding: district,
      at: officeTime(rng, cstDay(year, 8, 1), cstDay(year, 10, 31)),
      reason: '隐患整改不力，重大隐患逾期未整改',
    });
  }
  if (departments.length > 0 && rng.chance(0.6)) {
    accountability(scope, {
      target: rng.pick(departments),
      post: 'deputy_in_charge',
      form: 'circular',
      deciding: district,
      at: officeTime(rng, cstDay(year, 9, 1), cstDay(year, 11, 30)),
      reason: '行业领域安全生产专项整治工作推进缓慢',
    });
  }

  const commended = rng.int(volumes.commendations[0], volumes.commendations[1]);
  rng.sample([...towns, ...departments], commended).forEach((info) => commend(scope, info));
  scoreAgreements(scope, records);
  // Last, so that it draws after everything else of the district's year.
  supervisionYear(scope, world, { hazards, incidents });
  return { incidents, districtInspections: inspectionsBy.get(district.id) ?? 0 };
}

/** Incidents and deaths a unit can expect in a year: its territory's or industries' share. */
export function expectations(world: DistrictWorld, volumes: Volumes): Map<string, Expected> {
  const total = Math.max(
    volumes.minIncidents,
    volumes.incidentsPerEnterprise * world.enterprises.length,
  );
  const share = industryShare;
  const map = new Map<string, Expected>();
  const of = (accidents: number): Expected => ({
    accidents,
    deaths: accidents * DEATHS_PER_INCIDENT,
  });
  map.set(world.district.id, of(total));
  world.towns.forEach((town) => map.set(town.id, of(total / world.towns.length)));
  world.departments.forEach((dept) => map.set(dept.id, of(total * share(dept.regulated!))));
  return map;
}

export const DEATHS_PER_INCIDENT = 0.9;

/** The share of incidents that happen in these industries. */
export function industryShare(industries: readonly Industry[]): number {
  const weightSum = INCIDENT_INDUSTRIES.reduce((sum, [, w]) => sum + w, 0);
  const matching = INCIDENT_INDUSTRIES.filter(([i]) => industries.includes(i));
  return matching.reduce((sum, [, w]) => sum + w, 0) / weightSum;
}

const INCIDENT_INDUSTRIES: ReadonlyArray<readonly [Industry, number]> = [
  ['road_traffic', 30],
  ['industry_trade', 23],
  ['construction', 21],
  ['fire', 8],
  ['other', 2],
  ['hazardous_chemicals', 5],
  ['non_coal_mine', 3],
  ['water_traffic', 2],
  ['agri_machinery', 2],
  ['fireworks', 1],
  ['coal_mine', 1],
];

const LARGER_INDUSTRIES: ReadonlyArray<readonly [Industry, number]> = [
  ['road_traffic', 40],
  ['construction', 25],
  ['industry_trade', 15],
  ['hazardous_chemicals', 10],
  ['fire', 5],
  ['non_coal_mine', 5],
];

const LATE_INDUSTRIES: ReadonlyArray<readonly [Industry, number]> = [
  ['road_traffic', 2],
  ['construction', 3],
  ['industry_trade', 4],
];

/** Industries whose incidents often happen on the territory rather than at an enterprise. */
const TERRITORIAL: readonly Industry[] = [
  'road_traffic',
  'fire',
  'water_traffic',
  'agri_machinery',
];

function yearIncidents(
  scope: YearScope,
  world: DistrictWorld,
  volumes: Volumes,
): IncidentSummary[] {
  const { rng, start, last } = scope;
  const { towns, enterprises } = world;
  const total = Math.max(
    volumes.minIncidents,
    rng.around(volumes.incidentsPerEnterprise * enterprises.length, 0.2),
  );
  const largerCount = Math.min(
    total,
    volumes.minLarger + [1, 2, 3].filter(() => rng.chance(0.35)).length,
    volumes.maxLarger,
  );
  const order = rng.shuffle(Array.from({ length: total }, (_, i) => i));
  const larger = new Set(order.slice(0, largerCount));
  const late = new Set(rng.sample(order, Math.max(1, Math.round(total * rng.float(0.02, 0.07)))));
  const regraded = largerCount > 0 && rng.chance(0.5) ? order[0] : -1;
  let afterWindowDone = false;
  let misreportingDone = !rng.chance(0.7);
  const summaries: IncidentSummary[] = [];

  for (let i = 0; i < total; i++) {
    // Where and in which industry: larger and late ones in the industries where they happen.
    let industry = rng.weighted(
      larger.has(i) ? LARGER_INDUSTRIES : late.has(i) ? LATE_INDUSTRIES : INCIDENT_INDUSTRIES,
    );
    const ofIndustry = enterprises.filter((e) => e.industry === industry);
    let place: UnitInfo;
    if (TERRITORIAL.includes(industry) && (rng.chance(0.6) || ofIndustry.length === 0)) {
      place = rng.pick(towns);
    } else if (ofIndustry.length > 0) {
      place = rng.pick(ofIndustry);
    } else {
      place = rng.pick(enterprises);
      industry = place.industry!;
    }
    const town = place.kind === 'town' ? place : towns.find((t) => t.id === place.townId)!;

    // When: any hour, mostly during the working day.
    const day = Math.floor((rng.float(start, last - 3 * DAY) + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
    const occurredAt =
      day + (rng.chance(0.8) ? rng.int(7 * 60, 20 * 60) : rng.int(0, 24 * 60 - 1)) * MINUTE;
    const reportedAt = occurredAt + (late.has(i) ? rng.int(65, 300) : rng.int(10, 58)) * MINUTE;

    // How bad: the reported figures, and a later revision (补报) for some.
    const isLarger = larger.has(i);
    let deaths: number;
    let injuries: number;
    let loss: number;
    let revision: { deaths: number; injuries: number; loss: number; days: number } | undefined;
    const window = industry === 'road_traffic' || industry === 'fire' ? 7 : 30;
    if (i === regraded) {
      deaths = 2;
      injuries = rng.int(1, 3);
      loss = Math.round(rng.float(1_500_000, 4_000_000) / 1000) * 1000;
      revision = {
        deaths: 3,
        injuries: injuries - 1,
        loss: loss + 600_000,
        days: rng.int(2, window - 1),
      };
    } else if (isLarger) {
      const byInjuries = rng.chance(0.2);
      deaths = byInjuries ? rng.int(0, 2) : rng.int(3, 5);
      injuries = byInjuries ? rng.int(10, 14) : rng.int(0, 6);
      loss = Math.round(rng.float(3_000_000, 9_500_000) / 1000) * 1000;
    } else {
      deaths = rng.weighted([
        [0, 35],
        [1, 50],
        [2, 15],
      ] as const);
      injuries = rng.weighted([
        [0, 50],
        [1, 25],
        [2, 12],
        [3, 8],
        [5, 5],
      ] as const);
      loss =
        Math.round((rng.float(20_000, 600_000) + deaths * rng.float(600_000, 1_300_000)) / 1000) *
        1000;
      if (!afterWindowDone && window === 7 && rng.chance(0.5)) {
        afterWindowDone = true;
        revision = { deaths, injuries: injuries + 1, loss: loss + 80_000, days: rng.int(9, 20) };
      } else if (injuries > 0 && deaths <= 1 && rng.chance(0.15)) {
        revision = {
          deaths: deaths + 1,
          injuries: injuries - 1,
          loss: loss + 500_000,
          days: rng.int(1, window - 1),
        };
      }
    }
    const id = nextId(scope, 'I', 3);
    const accident = incidentKind(rng, industry);
    const casualties = [deaths > 0 && `${deaths}人死亡`, injuries > 0 && `${injuries}人重伤`]
      .filter(Boolean)
      .join('、');
    scope.timeline.add(
      occurredAt,
      demoCommand(
        ReportIncidentCommand,
        {},
        {
          id,
          unitId: place.id,
          industry,
          occurredAt: cstIso(occurredAt),
          reportedAt: cstIso(reportedAt),
          deaths,
          seriousInjuries: injuries,
          directLossYuan: loss,
          description: `${place.name}发生一起${accident}事故${casualties ? `，造成${casualties}` : ''}，直接经济损失约${Math.round(loss / 10_000)}万元`,
        },
      ),
    );
    if (revision) {
      const revisedAt = occurredAt + revision.days * DAY + rng.int(0, 8) * HOUR;
      if (revisedAt <= last) {
        scope.timeline.add(
          revisedAt,
          demoCommand(
            ReviseCasualtiesCommand,
            { incidentId: id },
            {
              deaths: revision.deaths,
              seriousInjuries: revision.injuries,
              directLossYuan: revision.loss,
              revisedAt: cstIso(revisedAt),
            },
          ),
        );
        deaths = revision.deaths;
        injuries = revision.injuries;
      }
    }
    const grade = deaths >= 3 || injuries >= 10 || loss >= 10_000_000 ? 'larger' : 'general';
    summaries.push({ id, grade, occurredAt, townId: town.id });

    // Accountability of the territory: an interview for a fatal incident, a circular for a larger one.
    const district = world.district;
    if (deaths > 0 || grade === 'larger') {
      accountability(scope, {
        target: town,
        post: 'principal',
        form: 'interview',
        deciding: district,
        at: officeTime(scope.rng, occurredAt + 3 * DAY, occurredAt + 15 * DAY),
        reason: `${town.name}发生${accident}亡人事故，约谈属地主要负责人`,
        incidentId: id,
      });
    }
    if (grade === 'larger') {
      accountability(scope, {
        target: town,
        post: 'party_secretary',
        form: 'circular',
        deciding: district,
        at: officeTime(scope.rng, occurredAt + 5 * DAY, occurredAt + 20 * DAY),
        reason: '发生较大生产安全事故，予以通报批评',
        incidentId: id,
      });
    }

    const concluded = investigate(scope, world, {
      id,
      place,
      town,
      industry,
      occurredAt,
      deaths,
      injuries,
      grade,
    });
    if (concluded === undefined) continue;
    if (!misreportingDone && place.kind === 'enterprise' && grade === 'general') {
      misreportingDone = true;
      misreporting(scope, id, place, concluded);
    }
    if (place.kind === 'enterprise') {
      const enforcer =
        world.departments.find((d) => d.id.endsWith('-YJ')) ??
        world.departments.find((d) => d.regulated!.includes(industry)) ??
        world.departments[0];
      if (!enforcer) continue;
      const at = officeTime(rng, concluded + 3 * DAY, concluded + 20 * DAY);
      if (at > last) continue;
      const amount: [number, number] =
        grade === 'larger' ? [1_000_000, 3_000_000] : [200_000, 1_000_000];
      decidePenalty(scope, { enterprise: place, enforcer, at }, 'post_incident', {
        kind: 'fine',
        amount,
      });
      if (grade === 'larger') {
        decidePenalty(scope, { enterprise: place, enforcer, at }, 'post_incident', {
          kind: 'suspension',
        });
      }
    }
  }
  return summaries;
}

interface IncidentFacts {
  id: string;
  place: UnitInfo;
  town: UnitInfo;
  industry: Industry;
  occurredAt: number;
  deaths: number;
  injuries: number;
  grade: 'general' | 'larger';
}

/**
 * Opens the investigation of a serious incident and concludes it (四不放过) within 60 days, or
 * after one extension; answers when it was concluded, undefined while it is still running.
 */
function investigate(
  scope: YearScope,
  world: DistrictWorld,
  incident: IncidentFacts,
): number | undefined {
  const { rng, last } = scope;
  const { id, place, town, industry, occurredAt, grade } = incident;
  if (incident.deaths === 0 && incident.injuries < 3 && grade !== 'larger') return undefined;
  const openedAt = officeTime(rng, occurredAt + DAY, occurredAt + 3 * DAY);
  if (openedAt > last) return undefined;
  scope.timeline.add(
    openedAt,
    demoCommand(OpenInvestigationCommand, { incidentId: id }, { openedAt: cstIso(openedAt) }),
  );

  let concludedAt: number;
  if (rng.chance(grade === 'larger' ? 0.4 : 0.12)) {
    const extendedAt = officeTime(rng, occurredAt + 45 * DAY, occurredAt + 58 * DAY);
    if (extendedAt > last) return undefined;
    const untilDays = 60 + rng.int(20, 60);
    scope.timeline.add(
      extendedAt,
      demoCommand(
        ExtendInvestigationCommand,
        { incidentId: id },
        {
          until: cstIso(occurredAt + untilDays * DAY),
          reason: '需进行技术鉴定，经批准延长调查期限',
          extendedAt: cstIso(extendedAt),
        },
      ),
    );
    concludedAt = officeTime(rng, occurredAt + 61 * DAY, occurredAt + (untilDays - 1) * DAY);
  } else {
    const overdue = rng.chance(0.04);
    concludedAt = officeTime(
      rng,
      occurredAt + (overdue ? 62 : 30) * DAY,
      occurredAt + (overdue ? 75 : 58) * DAY,
    );
  }
  if (concludedAt > last) return undefined;

  const liable: Array<{ personId?: string; unitId?: string; role: string; finding: string }> = [];
  const person = (unit: UnitInfo, post: 'principal' | 'deputy_in_charge' | 'safety_director') =>
    holderAt(unit, post, occurredAt)?.personId;
  /** The person found liable, when the post was held at the time. */
  const liablePerson = (personId: string | undefined, role: string, finding: string) => {
    if (personId) liable.push({ personId, role, finding });
  };
  if (place.kind === 'enterprise') {
    liablePerson(
      person(place, 'principal'),
      '事故发生单位主要负责人',
      '未履行安全生产管理职责，对事故发生负有主要领导责任',
    );
    liable.push({
      unitId: place.id,
      role: '事故发生单位',
      finding: '安全生产主体责任不落实，对事故发生负有责任',
    });
    if (grade === 'larger') {
      const safety = person(place, 'safety_director') ?? person(place, 'deputy_in_charge');
      liablePerson(safety, '分管安全负责人', '隐患排查治理不到位');
    }
  }
  if (grade === 'larger' || place.kind === 'town') {
    liablePerson(person(town, 'deputy_in_charge'), '属地镇街分管负责人', '属地监管责任落实不到位');
  }
  const regulator = world.departments.find((d) => d.regulated!.includes(industry));
  if (regulator && grade === 'larger') {
    liablePerson(
      person(regulator, 'deputy_in_charge'),
      '行业主管部门分管负责人',
      '行业监管责任落实不到位',
    );
  }
  if (liable.length === 0)
    liable.push({ unitId: town.id, role: '属地', finding: '属地监管责任落实不到位' });

  scope.timeline.add(
    concludedAt,
    demoCommand(
      ConcludeInvestigationCommand,
      { incidentId: id },
      {
        concludedAt: cstIso(concludedAt),
        cause: causeOf(rng, industry),
        liable,
        measures: rng.sample(MEASURES, rng.int(2, 3)),
      },
    ),
  );
  if (grade === 'larger') {
    const after = (days: number) => officeTime(rng, concludedAt + DAY, concludedAt + days * DAY);
    const admonishedAt = after(20);
    if (admonishedAt <= last) {
      accountability(scope, {
        target: town,
        post: 'deputy_in_charge',
        form: 'admonition',
        deciding: world.district,
        at: admonishedAt,
        reason: '对较大事故负有属地监管责任，予以诫勉',
        incidentId: id,
      });
    }
    const sanctionedAt = after(30);
    if (regulator && sanctionedAt <= last) {
      accountability(scope, {
        target: regulator,
        post: 'deputy_in_charge',
        form: 'sanction',
        deciding: world.district,
        at: sanctionedAt,
        reason: '对较大事故负有行业监管责任，给予政务处分',
        incidentId: id,
      });
    }
  }
  return concludedAt;
}

/** A misreporting finding established by the investigation, and the listing that follows it. */
function misreporting(
  scope: YearScope,
  incidentId: string,
  enterprise: UnitInfo,
  at: number,
): void {
  const { rng, last } = scope;
  const kind = rng.weighted([
    ['concealed', 50],
    ['omitted', 35],
    ['false', 15],
  ] as const);
  const detail = {
    concealed: '经调查，事故单位故意隐瞒事故伤亡情况',
    omitted: '经调查，事故单位未按规定上报部分受伤人员',
    false: '经调查，事故单位谎报事故发生原因和经过',
  }[kind];
  scope.timeline.add(
    at,
    demoCommand(
      EstablishMisreportingFindingCommand,
      { incidentId },
      { kind, establishedAt: cstIso(at), detail },
    ),
  );
  if (kind === 'omitted') return;
  const listedAt = officeTime(rng, at + 5 * DAY, at + 20 * DAY);
  if (listedAt > last) return;
  scope.timeline.add(
    listedAt,
    demoCommand(
      BlacklistEnterpriseCommand,
      {},
      {
        enterpriseId: enterprise.id,
        reason: `事故${kind === 'concealed' ? '瞒报' : '谎报'}，列入严重失信主体名单`,
        listedAt: cstIso(listedAt),
      },
    ),
  );
}
