import { existsSync, rmSync } from 'node:fs';
import {
  agreementDecider,
  agreementSlotDecider,
  agreementSlotStreamId,
  type AgreementState,
  agreementStreamId,
  type ControlIndicatorsInput,
} from '../../src/domain/agreements';
import type { TaskInput } from '../../src/domain/agreements/tasks';
import {
  assessmentYearDecider,
  assessmentYearStreamId,
  DEFAULT_SCHEME,
  schemeDecider,
  schemeStreamId,
  unitYearDecider,
  unitYearStreamId,
  type UnitYearState,
} from '../../src/domain/assessment';
import {
  accountabilityDecider,
  accountabilityStreamId,
  blacklistDecider,
  blacklistStreamId,
  type BlacklistState,
  penaltyDecider,
  penaltyStreamId,
  type PenaltyState,
} from '../../src/domain/enforcement';
import {
  incidentDecider,
  type IncidentState,
  incidentStreamId,
} from '../../src/domain/incidents';
import {
  assignHazardIds,
  type ConductInspection,
  hazardDecider,
  hazardIdentificationsOf,
  type HazardState,
  hazardStreamId,
  type HazardUnitFacts,
  type IdentifyHazard,
  type Inspection,
  inspectionDecider,
  inspectionStreamId,
  reportDecider,
  type ReportState,
  reportStreamId,
} from '../../src/domain/inspections';
import { DAY_MS, HOUR_MS } from '../../src/domain/shared/time';
import {
  holdersAt,
  type Unit,
  unitDecider,
  type UnitState,
  unitStreamId,
} from '../../src/domain/units';
import {
  userDecider,
  userStreamId,
  userTokenDecider,
  userTokenStreamId,
} from '../../src/domain/users';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { upcasters } from '../../src/infrastructure/event-store/upcasting/upcasters';
import { createHash } from 'node:crypto';
import { hazardDescription, incidentKind, personName } from '../../src/world/names';
import { planCommendation, type PlannedCommendation } from '../../src/world/commendations';
import { districtOf, generateWorld, type World } from '../../src/world/generate';
import { planDirectHazards, reportedHazard } from '../../src/world/hazards';
import { inspectionFindings, planInspections, type PlannedInspection } from '../../src/world/inspections';
import { type PlannedPenalty, penaltyTerms, planPenalties } from '../../src/world/penalties';
import { Rng } from '../../src/world/prng';
import type { WorldSize } from '../../src/world/sizes';
import { type Appointment, changePost, registration, type UnitInfo } from '../../src/world/units';
import { type Actor, CommitGroups, Recorder, SimClock } from './recorder';
import { Schedule } from './schedule';

/** How much happens in one year at scale 1 (the world's size sets who it happens to). */
export interface YearVolumes {
  inspections: number;
  /** Hazards recorded outside inspections (self-reported, patrols). */
  directHazards: number;
  incidents: number;
  penalties: number;
  accountabilityActions: number;
  reports: number;
  blacklistings: number;
  commendations: number;
  /** Share of units whose principal changes during the year. */
  appointmentChurn: number;
  /** Share of agreements amended during the year. */
  amendmentRate: number;
}

/** A province-like year at scale 1 (~5,000 enterprises): ~220k events (registration and 2,000 agreements included). */
export const PROVINCE_YEAR: YearVolumes = {
  inspections: 24_000,
  directHazards: 6_000,
  incidents: 2_400,
  penalties: 8_000,
  accountabilityActions: 1_000,
  reports: 2_000,
  blacklistings: 40,
  commendations: 60,
  appointmentChurn: 0.08,
  amendmentRate: 0.05,
};

/** Events per unit of scale per year, measured with PROVINCE_YEAR (used to pick the scale). */
const EVENTS_PER_SCALE_PER_YEAR = 188_000;

export interface GenerateOptions {
  /** The events.db file; replaced when it exists. */
  file: string;
  /** How big the world (src/world) the events happen in is. */
  size: WorldSize;
  /** Roughly how many events to write (the last year is always complete). */
  targetEvents: number;
  /** Units with an agreement (assessed) each year. */
  assessedUnits: number;
  /** Events per simulated year; sets how many years the target spans. Default 200,000. */
  eventsPerYear?: number;
  lastYear?: number;
  volumes?: YearVolumes;
  seed?: number;
  onProgress?: (events: number) => void;
}

export interface GeneratedStore {
  file: string;
  events: number;
  appends: number;
  years: number[];
  scale: number;
  ms: number;
  byType: Record<string, number>;
  refused: Record<string, number>;
  world: World;
  /** Units with an agreement in the last year. */
  assessedUnitIds: string[];
  lastYear: number;
}

const CST = 8 * HOUR_MS;
/** 00:00 CST of day `day` (0-based) of `year`. */
const dayStart = (year: number, day: number) => Date.UTC(year, 0, 1) - CST + day * DAY_MS;
const iso = (ms: number) => new Date(ms).toISOString();

const ADMIN: Actor = { id: 'bootstrap-admin', role: 'admin' };

interface TrackedAgreement {
  id: string;
  unitId: string;
  tasks: TaskInput[];
  state: AgreementState;
}

/**
 * Writes a realistic event log for bench data: a world from src/world, yearly schemes and agreements,
 * inspections and hazards with their lifecycles, incidents with investigations, penalties,
 * accountability actions, whistleblower reports, blacklistings, task scores and finalisations.
 * Every event is decided by the real deciders on the state of its stream (so the data shapes
 * and the rules are the ones the service records) and appended DIRECTLY through
 * SqliteEventStore.append, in time order, one append per simulated command, with a clock that
 * follows the simulated time (recordedAt). The HTTP layer is bypassed: this is bench data.
 */
export async function generateStore(options: GenerateOptions): Promise<GeneratedStore> {
  const started = Date.now();
  for (const suffix of ['', '-wal', '-shm']) rmSync(options.file + suffix, { force: true });
  const seed = options.seed ?? 20251;
  const rng = new Rng(seed);
  const { years, lastYear } = yearsOf(options);
  const world = generateWorld({ seed: seed + 1, year: years[0], size: options.size });
  const yearCount = years.length;
  // Agreements (slot + signing) and task scores per assessed unit, leader changes; registration.
  const fixedPerYear = options.assessedUnits * 4 + world.all.length * 0.2;
  const registration = world.all.length + world.appointments.length;
  const scale = Math.max(
    0.02,
    (options.targetEvents - registration - fixedPerYear * yearCount) /
      (yearCount * EVENTS_PER_SCALE_PER_YEAR * volumeWeight(world)),
  );
  const volumes = options.volumes ?? PROVINCE_YEAR;

  const clock = new SimClock();
  const store = new SqliteEventStore({ file: options.file, upcasters, clock: clock.now });
  const recorder = new Recorder(store, clock);
  recorder.groups = CommitGroups.of(store, 500);
  const sim = new Simulation(rng, world, recorder, options.assessedUnits);
  const schedule = sim.schedule;
  const endMs = dayStart(lastYear + 1, 19); // 20 January of the following year

  // The world stands before its first year begins.
  schedule.add(dayStart(years[0], -2) + 9 * HOUR_MS, () => sim.registerEverything(years[0]));
  for (const year of years) {
    sim.planYear(year, scaleVolumes(volumes, scale, world), year > years[0]);
  }

  let nextProgress = 50_000;
  for (;;) {
    const at = schedule.peekTime();
    if (at === undefined || at > endMs) break;
    const task = schedule.pop()!;
    if (task.at > recorder.now) recorder.now = task.at;
    await task.run();
    if (recorder.events >= nextProgress) {
      options.onProgress?.(recorder.events);
      nextProgress += 50_000;
    }
  }
  recorder.groups?.flush();
  await store.close();
  return {
    file: options.file,
    events: recorder.events,
    appends: recorder.appends,
    years,
    scale,
    ms: Date.now() - started,
    byType: Object.fromEntries([...recorder.byType].sort((a, b) => b[1] - a[1])),
    refused: Object.fromEntries(recorder.refused),
    world,
    assessedUnitIds: sim.assessed.map((u) => u.id),
    lastYear,
  };
}

/** A store written earlier by `generateStore` with the same options (to re-run the bench on it). */
export async function existingStore(options: GenerateOptions): Promise<GeneratedStore | null> {
  if (!existsSync(options.file)) return null;
  const store = new SqliteEventStore({ file: options.file, upcasters });
  const events = await store.lastPosition();
  await store.close();
  if (events === 0) return null;
  const seed = options.seed ?? 20251;
  const { years, lastYear } = yearsOf(options);
  const world = generateWorld({ seed: seed + 1, year: years[0], size: options.size });
  const sim = new Simulation(new Rng(seed), world, null as never, options.assessedUnits);
  return {
    file: options.file,
    events,
    appends: 0,
    years,
    scale: 0,
    ms: 0,
    byType: {},
    refused: {},
    world,
    assessedUnitIds: sim.assessed.map((u) => u.id),
    lastYear,
  };
}

/** The simulated years: as many as the target needs at the events per year, up to the last. */
function yearsOf(options: GenerateOptions): { years: number[]; lastYear: number } {
  const eventsPerYear = options.eventsPerYear ?? 200_000;
  const yearCount = Math.max(1, Math.round(options.targetEvents / eventsPerYear));
  const lastYear = options.lastYear ?? 2025;
  const years = Array.from({ length: yearCount }, (_, i) => lastYear - yearCount + 1 + i);
  return { years, lastYear };
}

/** The world's size relative to the province (volumes scale with the number of enterprises). */
const volumeWeight = (world: World): number => world.enterprises.length / 5_000;

function scaleVolumes(volumes: YearVolumes, scale: number, world: World): YearVolumes {
  const f = scale * volumeWeight(world);
  const n = (value: number) => Math.max(1, Math.round(value * f));
  return {
    ...volumes,
    inspections: n(volumes.inspections),
    directHazards: n(volumes.directHazards),
    incidents: n(volumes.incidents),
    penalties: n(volumes.penalties),
    accountabilityActions: n(volumes.accountabilityActions),
    reports: n(volumes.reports),
    blacklistings: n(volumes.blacklistings),
    commendations: Math.min(volumes.commendations, n(volumes.commendations)),
  };
}

class Simulation {
  readonly schedule = new Schedule();
  readonly units = new Map<string, Unit>();
  readonly assessed: UnitInfo[];
  private readonly agreements = new Map<string, TrackedAgreement>();
  private readonly penaltiesOf = new Map<string, number>();
  private readonly finalized = new Set<number>();
  private readonly blacklist = new Map<string, BlacklistState>();
  /** The departments (行业主管部门) of each district, by the district's id. */
  private readonly departmentsOf = new Map<string, UnitInfo[]>();

  constructor(
    private readonly rng: Rng,
    private readonly world: World,
    private readonly recorder: Recorder,
    assessedUnits: number,
  ) {
    const governments = [
      ...world.districts.filter((d) => d.parentId !== undefined),
      ...world.departments,
      ...world.towns,
    ];
    this.assessed = [
      ...governments,
      ...world.enterprises.slice(0, Math.max(0, assessedUnits - governments.length)),
    ].slice(0, assessedUnits);
    for (const department of world.departments) {
      const owner = department.parentId!;
      this.departmentsOf.set(owner, [...(this.departmentsOf.get(owner) ?? []), department]);
    }
  }

  private unit(unitId: string): UnitInfo {
    return this.world.byId.get(unitId)!;
  }

  // ---- actors -------------------------------------------------------------------------------

  private office(unitId: string): Actor {
    return { id: `U-${districtOf(this.world, unitId).id}-office`, role: 'office' };
  }

  private inspector(unitId: string): Actor {
    return { id: `U-${unitId}-insp`, role: 'inspector' };
  }

  private reporter(unitId: string): Actor {
    const unit = this.unit(unitId);
    const town = unit.kind === 'enterprise' ? unit.parentId! : unitId;
    return this.unit(town).kind === 'town'
      ? { id: `U-${town}-rep`, role: 'reporter' }
      : this.office(unitId);
  }

  // ---- registration -------------------------------------------------------------------------

  /** The world as it stands before the first year: its units, then the people in their posts. */
  async registerEverything(firstYear: number): Promise<void> {
    const rng = this.rng;
    const start = this.recorder.now;
    for (const unit of this.world.all) {
      const established = dayStart(firstYear - rng.int(7, 30), rng.int(0, 359));
      const command = {
        type: 'RegisterUnit' as const,
        ...registration(unit),
        ...(unit.kind === 'enterprise' && { establishedAt: iso(established) }),
        now: this.recorder.nowIso,
      };
      await this.unitCommand(unit.id, command, ADMIN, true);
      this.recorder.now += 1000;
    }
    for (const appointment of this.world.appointments) await this.appoint(appointment, ADMIN);
    this.recorder.now = Math.max(this.recorder.now, start + HOUR_MS);
    await this.registerUsers();
  }

  private async registerUsers(): Promise<void> {
    const users: Array<{ id: string; role: string; scope: string; name: string }> = [];
    for (const root of this.world.roots) {
      users.push({ id: `U-${root.id}-audit`, role: 'auditor', scope: root.id, name: `${root.name}纪检监察` });
    }
    for (const unit of [...this.world.cities, ...this.world.districts]) {
      users.push({ id: `U-${unit.id}-office`, role: 'office', scope: unit.id, name: `${unit.name}安委办` });
    }
    for (const unit of [...this.world.districts, ...this.world.departments, ...this.world.towns]) {
      users.push({ id: `U-${unit.id}-insp`, role: 'inspector', scope: unit.id, name: `${unit.name}执法` });
    }
    for (const town of this.world.towns) {
      users.push({ id: `U-${town.id}-rep`, role: 'reporter', scope: town.id, name: `${town.name}填报` });
    }
    for (const user of users) {
      const tokenHash = createHash('sha256').update(`token-${user.id}`).digest('hex');
      const requestId = `req-user-${user.id}`;
      const registered = await this.recorder.decide(
        userDecider,
        userStreamId(user.id),
        null,
        {
          type: 'RegisterUser',
          id: user.id,
          name: user.name,
          role: user.role,
          scopeUnitId: user.scope,
          tokenHash,
          now: this.recorder.nowIso,
        },
        ADMIN,
        { create: true, requestId },
      );
      await this.recorder.decide(
        userTokenDecider,
        userTokenStreamId(tokenHash),
        null,
        { type: 'IssueUserToken', userId: user.id, now: this.recorder.nowIso },
        ADMIN,
        { create: true, requestId, causationId: registered?.events[0]?.id },
      );
    }
  }

  private async unitCommand(
    unitId: string,
    command: Parameters<typeof unitDecider.decide>[0],
    actor: Actor,
    create = false,
  ): Promise<void> {
    const state: UnitState = this.units.get(unitId) ?? null;
    const result = await this.recorder.decide(unitDecider, unitStreamId(unitId), state, command, actor, {
      create,
    });
    if (result?.state) this.units.set(unitId, result.state);
  }

  private async appoint(appointment: Appointment, actor: Actor): Promise<void> {
    const { unit, post, holding, portfolioIndustries } = appointment;
    await this.unitCommand(
      unit.id,
      {
        type: 'AppointPerson',
        personId: holding.personId,
        personName: holding.personName,
        post,
        from: iso(holding.from),
        ...(portfolioIndustries && { portfolioIndustries: [...portfolioIndustries] }),
        now: this.recorder.nowIso,
      },
      actor,
    );
  }

  private principalAt(unitId: string, atIso: string): string | undefined {
    const unit = this.units.get(unitId);
    return unit ? holdersAt(unit, 'principal', atIso)[0]?.personId : undefined;
  }

  // ---- one year -----------------------------------------------------------------------------

  planYear(year: number, v: YearVolumes, finalizePrevious: boolean): void {
    const rng = this.rng;
    const s = this.schedule;
    const workMoment = (fromDay: number, toDay: number) =>
      dayStart(year, rng.int(fromDay, toDay)) + (8.5 + rng.next() * 9) * HOUR_MS;

    s.add(dayStart(year, 2) + 10 * HOUR_MS, () => this.publishScheme(year));
    if (finalizePrevious) s.add(dayStart(year, 40) + 10 * HOUR_MS, () => this.finalize(year - 1));
    for (const unit of this.assessed) s.add(workMoment(9, 89), () => this.signAgreement(year, unit));
    this.planEnforcement(year, v);
    for (let i = 0; i < v.incidents; i++) {
      s.add(dayStart(year, 2 + rng.int(0, 361)) + rng.next() * DAY_MS, () => this.incident(year));
    }
    for (let i = 0; i < v.accountabilityActions; i++) {
      s.add(workMoment(10, 355), () => this.accountability(year));
    }
    for (let i = 0; i < v.reports; i++) s.add(workMoment(3, 340), () => this.report(year));
    for (let i = 0; i < v.blacklistings; i++) s.add(workMoment(30, 350), () => this.blacklisting());
    const churnUnits = Math.round(this.world.all.length * v.appointmentChurn);
    for (let i = 0; i < churnUnits; i++) s.add(workMoment(20, 340), () => this.leaderChange());
    for (const unit of this.assessed) {
      if (rng.chance(v.amendmentRate)) s.add(workMoment(120, 260), () => this.amend(year, unit.id));
    }
    for (let i = 0; i < v.commendations; i++) {
      const plan = planCommendation(rng, year);
      s.add(plan.at + HOUR_MS, () => this.commendation(year, plan));
    }
    const statisticsUnits = [...this.world.cities, ...this.world.districts, ...this.world.towns];
    for (const unit of statisticsUnits) s.add(workMoment(340, 350), () => this.statistics(year, unit));
    for (const unit of this.assessed) {
      s.add(dayStart(year, 353) + rng.next() * 26 * DAY_MS, () => this.scoreTasks(year, unit.id));
    }
  }

  private async publishScheme(year: number): Promise<void> {
    await this.recorder.decide(
      schemeDecider,
      schemeStreamId(year),
      null,
      { type: 'PublishScheme', year, yearFinalized: false, scheme: DEFAULT_SCHEME, now: this.recorder.nowIso },
      this.office(this.world.roots[0].id),
      { create: true },
    );
  }

  private async finalize(year: number): Promise<void> {
    this.finalized.add(year);
    await this.recorder.decide(
      assessmentYearDecider,
      assessmentYearStreamId(year),
      { finalizedAt: null },
      { type: 'FinalizeAssessmentYear', year, finalizedAt: this.recorder.nowIso, now: this.recorder.nowIso },
      this.office(this.world.roots[0].id),
      { create: true },
    );
  }

  private async signAgreement(year: number, unit: UnitInfo): Promise<void> {
    const issuerId = unit.parentId;
    if (!issuerId) return;
    const issuer = this.units.get(issuerId);
    const responsible = this.units.get(unit.id);
    if (!issuer || !responsible) return;
    const signedAt = iso(this.recorder.now - this.rng.int(1, 3) * HOUR_MS);
    const issuerPrincipal = this.principalAt(issuerId, signedAt);
    const principal = this.principalAt(unit.id, signedAt);
    if (!issuerPrincipal || !principal) return;
    const id = `A-${year}-${unit.id}`;
    const tasks = tasksFor(unit);
    const sign = {
      type: 'SignAgreement' as const,
      id,
      year,
      issuerUnitId: issuerId,
      responsibleUnitId: unit.id,
      signedAt,
      signatories: [
        { personId: issuerPrincipal, post: 'principal' },
        { personId: principal, post: 'principal' },
      ],
      controlIndicators: indicatorsFor(unit),
      tasks,
      taskSectionPoints: DEFAULT_SCHEME.tasks.points,
      issuerUnit: issuer,
      responsibleUnit: responsible,
      now: this.recorder.nowIso,
    };
    const requestId = `req-${id}`;
    const actor = this.office(unit.id);
    const claimed = await this.recorder.decide(
      agreementSlotDecider,
      agreementSlotStreamId(year, unit.id),
      { holder: null },
      { type: 'ClaimAgreementSlot', agreementId: id, now: this.recorder.nowIso },
      actor,
      { create: true, requestId },
    );
    if (!claimed) return;
    const signed = await this.recorder.decide(agreementDecider, agreementStreamId(id), null, sign, actor, {
      create: true,
      requestId,
    });
    if (signed) this.agreements.set(`${year}/${unit.id}`, { id, unitId: unit.id, tasks, state: signed.state });
  }

  private async amend(year: number, unitId: string): Promise<void> {
    const agreement = this.agreements.get(`${year}/${unitId}`);
    const issuer = agreement?.state ? this.units.get(agreement.state.issuerUnitId) : undefined;
    const responsible = this.units.get(unitId);
    if (!agreement?.state || !issuer || !responsible) return;
    const indicators = { ...indicatorsFor(this.unit(unitId)) };
    if (indicators.maxAccidents !== undefined) indicators.maxAccidents += 1;
    const result = await this.recorder.decide(
      agreementDecider,
      agreementStreamId(agreement.id),
      agreement.state,
      {
        type: 'AmendAgreement',
        reason: '年中调整控制指标',
        amendedAt: iso(this.recorder.now - HOUR_MS),
        controlIndicators: indicators,
        taskSectionPoints: DEFAULT_SCHEME.tasks.points,
        issuerUnit: issuer,
        responsibleUnit: responsible,
        now: this.recorder.nowIso,
      },
      this.office(unitId),
    );
    if (result) agreement.state = result.state;
  }

  private async scoreTasks(year: number, unitId: string): Promise<void> {
    const agreement = this.agreements.get(`${year}/${unitId}`);
    if (!agreement?.state || agreement.state.status !== 'active' || this.finalized.has(year)) return;
    let state: UnitYearState = unitYearDecider.initialState();
    const streamId = unitYearStreamId(year, unitId);
    for (const task of agreement.state.tasks) {
      if (task.metric !== undefined) continue;
      const score = Math.round(task.weight * (0.65 + this.rng.next() * 0.35) * 2) / 2;
      const result = await this.recorder.decide(
        unitYearDecider,
        streamId,
        state,
        {
          type: 'ScoreTask',
          year,
          yearFinalized: false,
          unitId,
          taskCode: task.code,
          score,
          evaluatedAt: iso(this.recorder.now - HOUR_MS),
          evidence: '年终考核材料',
          agreement: { id: agreement.id, tasks: agreement.state.tasks },
          now: this.recorder.nowIso,
        },
        this.office(unitId),
        { create: Object.keys(state.scores).length === 0 },
      );
      if (result) state = result.state;
    }
  }

  private async commendation(year: number, plan: PlannedCommendation): Promise<void> {
    const unit = this.rng.pick(this.assessed);
    await this.recorder.decide(
      unitYearDecider,
      unitYearStreamId(year, unit.id),
      unitYearDecider.initialState(),
      {
        type: 'AwardCommendation',
        year,
        yearFinalized: false,
        unitId: unit.id,
        level: plan.level,
        reason: plan.reason,
        awardedAt: iso(plan.at),
        now: this.recorder.nowIso,
      },
      this.office(unit.id),
    );
  }

  private async statistics(year: number, unit: UnitInfo): Promise<void> {
    const rng = this.rng;
    const base = unit.kind === 'city' ? 40 : unit.kind === 'district' ? 8 : 1;
    await this.unitCommand(
      unit.id,
      {
        type: 'RecordUnitStatistics',
        year,
        gdp100mYuan: Math.round(base * (60 + rng.next() * 80)),
        industrialEmployees: Math.round(base * (8_000 + rng.next() * 30_000)),
        motorVehicles: Math.round(base * (10_000 + rng.next() * 40_000)),
        ...(rng.chance(0.1) && { coalOutputMt: Math.round(base * rng.next() * 20) / 10 }),
        now: this.recorder.nowIso,
      },
      this.office(unit.id),
    );
  }

  private async leaderChange(): Promise<void> {
    const rng = this.rng;
    const unit = rng.chance(0.7) ? rng.pick(this.world.enterprises) : rng.pick(this.world.all);
    const at = this.recorder.now - 2 * HOUR_MS;
    const change = changePost(unit, 'principal', at, rng);
    if (!change) return;
    const actor = this.office(unit.id);
    await this.unitCommand(
      unit.id,
      {
        type: 'EndAppointment',
        personId: change.ended.personId,
        post: 'principal',
        to: iso(at),
        now: this.recorder.nowIso,
      },
      actor,
    );
    await this.appoint(change.appointment, actor);
  }

  // ---- inspections and hazards --------------------------------------------------------------

  private inspectingUnitFor(enterprise: UnitInfo): UnitInfo {
    const rng = this.rng;
    const r = rng.next();
    if (r < 0.5) return this.unit(enterprise.parentId!);
    const district = districtOf(this.world, enterprise.id);
    if (r < 0.85) {
      const regulators = (this.departmentsOf.get(district.id) ?? []).filter((d) =>
        d.regulated?.includes(enterprise.industry!),
      );
      if (regulators.length > 0) return rng.pick(regulators);
    }
    return district;
  }

  private factsOf(unitId: string): HazardUnitFacts {
    const unit = this.units.get(unitId)!;
    return {
      id: unit.id,
      kind: unit.kind,
      ...(unit.industry !== undefined && { industry: unit.industry }),
      ...(unit.parentId !== undefined && { parentId: unit.parentId }),
    };
  }

  private seq = 0;
  private nextId(prefix: string, year: number): string {
    this.seq += 1;
    return `${prefix}-${year}-${this.seq}`;
  }

  /** Each district's inspections, the penalties that follow its departments', its own reports of hazards (src/world). */
  private planEnforcement(year: number, v: YearVolumes): void {
    const window = { year, last: dayStart(year + 1, 0) - HOUR_MS };
    const enterprises = this.world.enterprises.length;
    for (const district of this.world.districtWorlds) {
      const plans = planInspections(this.rng, window, district, v.inspections / enterprises);
      for (const plan of plans) this.schedule.add(plan.at + HOUR_MS, () => this.inspection(year, plan));
      const perEnterprise = v.directHazards / enterprises;
      for (const { unit, at } of planDirectHazards(this.rng, window, district.enterprises, perEnterprise)) {
        this.schedule.add(at + HOUR_MS, () => this.directHazard(year, unit, at));
      }
      const share = district.enterprises.length / enterprises;
      for (const plan of planPenalties(this.rng, window.last, plans, v.penalties * share)) {
        this.schedule.add(plan.at, () => this.penalty(year, 'pre_incident', plan));
      }
    }
  }

  private async inspection(year: number, plan: PlannedInspection): Promise<void> {
    const { inspecting, inspected } = plan;
    const id = this.nextId('INS', year);
    const { inspectors, findings } = inspectionFindings(this.rng, plan);
    const command: ConductInspection = {
      type: 'ConductInspection',
      id,
      inspectedUnitId: inspected.id,
      inspectingUnitId: inspecting.id,
      kind: plan.kind,
      conductedAt: iso(plan.at),
      inspectors,
      findings: assignHazardIds(
        id,
        findings.map((f) => ({ level: f.level, description: f.description, deadline: iso(f.deadline) })),
      ),
      now: this.recorder.nowIso,
    };
    const actor = plan.kind === 'self' ? this.reporter(inspected.id) : this.inspector(inspecting.id);
    const requestId = `req-${id}`;
    const recorded = await this.recorder.decide(inspectionDecider, inspectionStreamId(id), null, command, actor, {
      create: true,
      requestId,
    });
    if (!recorded) return;
    const identifications = hazardIdentificationsOf(
      recorded.state as Inspection,
      this.factsOf(inspected.id),
      this.recorder.nowIso,
    );
    for (const identification of identifications) {
      await this.identify(identification, actor, { requestId, causationId: recorded.events[0].id });
    }
  }

  private async directHazard(
    year: number,
    enterprise: UnitInfo,
    identifiedMs: number,
    reportId?: string,
  ): Promise<string | null> {
    const id = this.nextId('H', year);
    const { level, deadline, description } = reportedHazard(this.rng, enterprise, identifiedMs);
    const identification: IdentifyHazard = {
      type: 'IdentifyHazard',
      id,
      unitId: enterprise.id,
      level,
      description,
      identifiedAt: iso(identifiedMs),
      deadline: iso(deadline),
      ...(reportId !== undefined && { source: { reportId } }),
      unit: this.factsOf(enterprise.id),
      now: this.recorder.nowIso,
    };
    return (await this.identify(identification, this.inspector(enterprise.parentId!))) ? id : null;
  }

  /** Identifies the hazard and schedules the rest of its life: plan, extension, rectification, verification. */
  private async identify(
    command: IdentifyHazard,
    actor: Actor,
    options: { requestId?: string; causationId?: string } = {},
  ): Promise<boolean> {
    const result = await this.recorder.decide(hazardDecider, hazardStreamId(command.id), null, command, actor, {
      create: true,
      ...options,
    });
    if (!result?.state) return false;
    const hazard = { state: result.state as HazardState };
    const rng = this.rng;
    const streamId = hazardStreamId(command.id);
    const field = this.reporter(command.unitId);
    const identifiedMs = Date.parse(command.identifiedAt);
    let deadlineMs = Date.parse(command.deadline);
    const major = command.level === 'major';
    const step = async (c: Parameters<typeof hazardDecider.decide>[0], who: Actor) => {
      const r = await this.recorder.decide(hazardDecider, streamId, hazard.state, c, who);
      if (r) hazard.state = r.state;
      return r !== null;
    };
    let t = identifiedMs + rng.int(1, 5) * DAY_MS;
    if (major || rng.chance(0.2)) {
      const planned = t;
      this.schedule.add(planned, () =>
        step(
          {
            type: 'PlanHazardRectification',
            measures: '制定整改方案并落实防范措施',
            fundsYuan: rng.int(2, 300) * 1000,
            deadline: iso(deadlineMs),
            responsiblePerson: personName(rng),
            contingencyPlan: '整改期间落实临时管控措施',
            plannedAt: iso(planned - HOUR_MS),
            now: iso(planned),
          },
          field,
        ).then(() => undefined),
      );
    }
    let notBefore = t;
    if (rng.chance(0.06)) {
      const extendAt = identifiedMs + Math.floor((deadlineMs - identifiedMs) * 0.8);
      const newDeadline = deadlineMs + rng.int(15, 45) * DAY_MS;
      this.schedule.add(extendAt, () =>
        step(
          {
            type: 'ExtendHazardDeadline',
            deadline: iso(newDeadline),
            reason: '整改工程量大，申请延期',
            extendedAt: iso(extendAt - HOUR_MS),
            now: iso(extendAt),
          },
          this.inspector(this.unit(command.unitId).parentId!),
        ).then(() => undefined),
      );
      deadlineMs = newDeadline;
      notBefore = Math.max(notBefore, extendAt);
    }
    if (rng.chance(0.03)) return true; // never rectified: stays open, becomes overdue
    const span = deadlineMs - t;
    t = Math.max(notBefore + DAY_MS, t + rng.next() * (span + 12 * DAY_MS));
    const rectify = (at: number, attempt: number) => {
      this.schedule.add(at, async () => {
        const ok = await step(
          { type: 'RectifyHazard', rectifiedAt: iso(at - HOUR_MS), note: '已整改完毕', now: iso(at) },
          field,
        );
        if (!ok) return;
        const verifyAt = at + rng.int(1, 10) * DAY_MS;
        this.schedule.add(verifyAt, async () => {
          const passed = attempt > 1 || rng.chance(0.92);
          await step(
            {
              type: 'VerifyHazardRectification',
              passed,
              verifiedAt: iso(verifyAt - HOUR_MS),
              verifier: personName(rng),
              ...(!passed && { note: '整改不到位' }),
              now: iso(verifyAt),
            },
            this.inspector(this.unit(command.unitId).parentId!),
          );
          if (!passed) rectify(verifyAt + rng.int(5, 15) * DAY_MS, attempt + 1);
        });
      });
    };
    rectify(t, 1);
    return true;
  }

  // ---- incidents ----------------------------------------------------------------------------

  private async incident(year: number): Promise<void> {
    const rng = this.rng;
    const atTown = rng.chance(0.08);
    const enterprise = rng.pick(this.world.enterprises);
    const place = atTown ? this.unit(enterprise.parentId!) : enterprise;
    const industry = atTown
      ? rng.pick(['road_traffic', 'fire'] as const)
      : rng.chance(0.95)
        ? enterprise.industry!
        : 'road_traffic';
    const deaths = rng.weighted([
      [0, 55],
      [1, 32],
      [2, 10],
      [3, 2.2],
      [4, 0.5],
      [10, 0.05],
    ] as const);
    const late = rng.chance(0.12);
    const reportedMs = this.recorder.now - rng.int(1, 10) * 60_000;
    const occurredMs = reportedMs - (late ? rng.int(70, 360) : rng.int(8, 55)) * 60_000;
    const id = this.nextId('I', year);
    const streamId = incidentStreamId(id);
    const unit = this.units.get(place.id)!;
    const reporter = this.reporter(place.id);
    const reported = await this.recorder.decide(
      incidentDecider,
      streamId,
      null,
      {
        type: 'ReportIncident',
        id,
        unitId: place.id,
        industry,
        occurredAt: iso(occurredMs),
        reportedAt: iso(reportedMs),
        deaths,
        seriousInjuries: rng.weighted([
          [0, 70],
          [1, 20],
          [2, 7],
          [4, 3],
        ] as const),
        directLossYuan: rng.int(5, 2_000) * 1_000,
        description: `${place.name}发生${incidentKind(rng, industry)}事故`,
        place: {
          unitId: unit.id,
          kind: unit.kind,
          ...(unit.industry !== undefined && { industry: unit.industry }),
        },
        now: this.recorder.nowIso,
      },
      reporter,
      { create: true },
    );
    if (!reported?.state) return;
    const incident = { state: reported.state as IncidentState };
    const office = this.office(place.id);
    const step = async (c: Parameters<typeof incidentDecider.decide>[0], who: Actor) => {
      const r = await this.recorder.decide(incidentDecider, streamId, incident.state, c, who);
      if (r) incident.state = r.state;
      return r !== null;
    };
    if (rng.chance(0.02)) {
      const at = occurredMs + rng.int(1, 10) * DAY_MS;
      this.schedule.add(at, () =>
        step(
          {
            type: 'ProposeIncidentCorrection',
            correctionId: `${streamId}-c1`,
            field: 'description',
            to: `${place.name}发生${incidentKind(rng, industry)}事故（更正）`,
            reason: '核实后更正事故经过',
            proposedBy: office.id,
            proposedAt: iso(at - HOUR_MS),
            now: iso(at),
          },
          office,
        )
          .then((proposed) =>
            proposed
              ? step(
                  {
                    type: 'ApproveIncidentCorrection',
                    correctionId: `${streamId}-c1`,
                    approvedBy: ADMIN.id,
                    approvedAt: iso(at),
                    now: iso(at),
                  },
                  ADMIN,
                )
              : false,
          )
          .then(() => undefined),
      );
    }
    if (rng.chance(0.03)) {
      const at = occurredMs + rng.int(3, 40) * DAY_MS;
      this.schedule.add(at, () =>
        step(
          {
            // 补报 raises what was reported (a lower figure is a correction, by two people).
            type: 'ReviseCasualties',
            deaths: deaths + 1,
            seriousInjuries: incident.state!.seriousInjuries,
            directLossYuan: Math.max(rng.int(50, 3_000) * 1_000, incident.state!.directLossYuan),
            revisedAt: iso(at - HOUR_MS),
            now: iso(at),
          },
          reporter,
        ).then(() => undefined),
      );
    }
    if (rng.chance(0.01)) {
      const at = occurredMs + rng.int(30, 90) * DAY_MS;
      this.schedule.add(at, () =>
        step(
          {
            type: 'EstablishMisreportingFinding',
            kind: rng.pick(['concealed', 'false', 'omitted'] as const),
            establishedAt: iso(at - HOUR_MS),
            detail: '调查组认定',
            now: iso(at),
          },
          office,
        ).then(() => undefined),
      );
    }
    if (deaths === 0 && !rng.chance(0.15)) return;
    const openAt = occurredMs + rng.int(1, 5) * DAY_MS;
    const extended = rng.chance(0.05);
    const concludeAt = extended
      ? occurredMs + rng.int(70, 110) * DAY_MS
      : occurredMs + rng.int(20, rng.chance(0.05) ? 70 : 58) * DAY_MS;
    this.schedule.add(openAt, () =>
      step({ type: 'OpenInvestigation', openedAt: iso(openAt - HOUR_MS), now: iso(openAt) }, office).then(
        () => undefined,
      ),
    );
    if (extended) {
      const at = occurredMs + rng.int(45, 58) * DAY_MS;
      this.schedule.add(at, () =>
        step(
          {
            type: 'ExtendInvestigation',
            until: iso(occurredMs + 115 * DAY_MS),
            reason: '技术鉴定需要时间',
            extendedAt: iso(at - HOUR_MS),
            now: iso(at),
          },
          office,
        ).then(() => undefined),
      );
    }
    this.schedule.add(concludeAt, async () => {
      const principal = this.principalAt(place.id, iso(occurredMs));
      const ok = await step(
        {
          type: 'ConcludeInvestigation',
          concludedAt: iso(concludeAt - HOUR_MS),
          cause: '安全管理制度不落实，现场管理缺失',
          liable: [
            { unitId: place.id, role: '事故发生单位', finding: '未落实安全生产主体责任' },
            ...(principal ? [{ personId: principal, role: '主要负责人', finding: '履职不到位' }] : []),
          ],
          measures: ['开展专项整治', '加强安全培训'],
          now: iso(concludeAt),
        },
        office,
      );
      if (!ok) return;
      if (place.kind === 'enterprise' && rng.chance(0.6)) {
        await this.penalty(year, 'post_incident', {
          enterprise: place,
          enforcer: this.inspectingUnitFor(place),
        });
      }
      if (rng.chance(0.4)) {
        const town = place.kind === 'enterprise' ? place.parentId! : place.id;
        await this.accountability(year, town, id);
      }
    });
  }

  // ---- enforcement --------------------------------------------------------------------------

  private async penalty(
    year: number,
    phase: 'pre_incident' | 'post_incident',
    plan: Omit<PlannedPenalty, 'at'>,
  ): Promise<void> {
    const rng = this.rng;
    const { enterprise, enforcer: enforcing } = plan;
    const { kind, amountYuan, basis } = penaltyTerms(rng);
    const id = this.nextId('PEN', year);
    const streamId = penaltyStreamId(id);
    const actor = this.inspector(enforcing.id);
    const decided = await this.recorder.decide(
      penaltyDecider,
      streamId,
      null,
      {
        type: 'DecidePenalty',
        id,
        enterpriseId: enterprise.id,
        enforcingUnitId: enforcing.id,
        kind,
        ...(amountYuan !== undefined && { amountYuan }),
        caseNo: `${enforcing.id}罚〔${year}〕${this.seq}号`,
        basis,
        decidedAt: iso(this.recorder.now - HOUR_MS),
        phase,
        enterprise: { id: enterprise.id, kind: 'enterprise' },
        now: this.recorder.nowIso,
      },
      actor,
      { create: true },
    );
    if (!decided) return;
    this.penaltiesOf.set(enterprise.id, (this.penaltiesOf.get(enterprise.id) ?? 0) + 1);
    if (rng.chance(0.04)) {
      const at = this.recorder.now + rng.int(20, 90) * DAY_MS;
      const state = decided.state as PenaltyState;
      this.schedule.add(at, async () => {
        await this.recorder.decide(
          penaltyDecider,
          streamId,
          state,
          { type: 'RevokePenalty', reason: '行政复议撤销', revokedAt: iso(at - HOUR_MS), now: iso(at) },
          actor,
        );
      });
    }
  }

  private async accountability(year: number, targetUnitId?: string, incidentId?: string): Promise<void> {
    const rng = this.rng;
    const target =
      targetUnitId !== undefined
        ? this.unit(targetUnitId)
        : rng.chance(0.6)
          ? rng.pick(this.world.towns)
          : rng.chance(0.5)
            ? rng.pick(this.world.departments)
            : rng.pick(this.world.enterprises);
    const deciding = target.kind === 'enterprise' ? target.parentId! : (target.parentId ?? target.id);
    const id = this.nextId('ACC', year);
    const person = rng.chance(0.5) ? this.principalAt(target.id, this.recorder.nowIso) : undefined;
    await this.recorder.decide(
      accountabilityDecider,
      accountabilityStreamId(id),
      null,
      {
        type: 'DecideAccountabilityAction',
        id,
        ...(person !== undefined && { targetPersonId: person }),
        targetUnitId: target.id,
        form: rng.weighted([
          ['interview', 50],
          ['circular', 25],
          ['admonition', 15],
          ['suspension_review', 5],
          ['sanction', 5],
        ] as const),
        decidingUnitId: deciding,
        decidedAt: iso(this.recorder.now - HOUR_MS),
        reason: incidentId ? '事故责任追究' : '安全生产工作不力',
        ...(incidentId !== undefined && { incidentId }),
        now: this.recorder.nowIso,
      },
      this.office(target.id),
      { create: true },
    );
  }

  private async report(year: number): Promise<void> {
    const rng = this.rng;
    const subject = rng.pick(this.world.enterprises);
    const id = this.nextId('R', year);
    const streamId = reportStreamId(id);
    const actor = this.inspector(subject.parentId!);
    const received = await this.recorder.decide(
      reportDecider,
      streamId,
      null,
      {
        type: 'ReceiveReport',
        id,
        subjectUnitId: subject.id,
        receivedAt: iso(this.recorder.now - HOUR_MS),
        content: `举报${subject.name}存在${hazardDescription(rng, subject.industry)}`,
        anonymous: rng.chance(0.7),
        now: this.recorder.nowIso,
      },
      actor,
      { create: true },
    );
    if (!received) return;
    const report = { state: received.state as ReportState };
    const verifyAt = this.recorder.now + rng.int(5, 20) * DAY_MS;
    this.schedule.add(verifyAt, async () => {
      const substantiated = rng.chance(0.6);
      const hazardId = substantiated
        ? await this.directHazard(year, subject, this.recorder.now - HOUR_MS, id)
        : null;
      const verified = await this.recorder.decide(
        reportDecider,
        streamId,
        report.state,
        {
          type: 'VerifyReport',
          substantiated,
          verifiedAt: iso(this.recorder.now - HOUR_MS / 2),
          ...(hazardId !== null && { hazardIds: [hazardId] }),
          ...(substantiated && { rewardYuan: rng.int(1, 10) * 500 }),
          now: this.recorder.nowIso,
        },
        actor,
      );
      if (!verified) return;
      report.state = verified.state;
      const closeAt = this.recorder.now + rng.int(1, 10) * DAY_MS;
      this.schedule.add(closeAt, async () => {
        await this.recorder.decide(
          reportDecider,
          streamId,
          report.state,
          { type: 'CloseReport', closedAt: iso(closeAt - HOUR_MS), now: iso(closeAt) },
          actor,
        );
      });
    });
  }

  private async blacklisting(): Promise<void> {
    const rng = this.rng;
    let enterprise = rng.pick(this.world.enterprises);
    for (let i = 0; i < 10 && this.blacklist.has(enterprise.id); i++) {
      enterprise = rng.pick(this.world.enterprises); // the handler would answer 409 already_listed
    }
    if (this.blacklist.has(enterprise.id)) return;
    const streamId = blacklistStreamId(enterprise.id);
    const state = this.blacklist.get(enterprise.id) ?? blacklistDecider.initialState();
    const actor = this.office(enterprise.id);
    const listed = await this.recorder.decide(
      blacklistDecider,
      streamId,
      state,
      {
        type: 'BlacklistEnterprise',
        enterpriseId: enterprise.id,
        reason: '发生较大事故，列入安全生产失信惩戒名单',
        listedAt: iso(this.recorder.now - HOUR_MS),
        enterprise: { id: enterprise.id, kind: 'enterprise' },
        now: this.recorder.nowIso,
      },
      actor,
    );
    if (!listed) return;
    this.blacklist.set(enterprise.id, listed.state);
    if (rng.chance(0.15)) {
      const at = this.recorder.now + rng.int(370, 500) * DAY_MS;
      this.schedule.add(at, async () => {
        const removed = await this.recorder.decide(
          blacklistDecider,
          streamId,
          this.blacklist.get(enterprise.id)!,
          {
            type: 'RemoveFromBlacklist',
            enterpriseId: enterprise.id,
            removedAt: iso(at - HOUR_MS),
            reason: '信用修复',
            now: iso(at),
          },
          actor,
        );
        if (removed) this.blacklist.set(enterprise.id, removed.state);
      });
    }
  }
}

function tasksFor(unit: UnitInfo): TaskInput[] {
  switch (unit.kind) {
    case 'enterprise':
      return [
        { code: 'K1', title: '安全生产主体责任落实', weight: 30 },
        { code: 'K2', title: '安全教育培训', weight: 15 },
        { code: 'K3', title: '隐患整改', weight: 15, metric: 'hazard_rectification_rate', target: 95 },
      ];
    case 'department':
      return [
        { code: 'K1', title: '行业监管责任落实', weight: 25 },
        { code: 'K2', title: '宣传培训', weight: 15 },
        { code: 'K3', title: '事前处罚立案', weight: 20, metric: 'pre_incident_penalty_cases', target: 10 },
      ];
    default:
      return [
        { code: 'K1', title: '安全生产责任制落实', weight: 25 },
        { code: 'K2', title: '隐患排查治理', weight: 15 },
        {
          code: 'K3',
          title: '执法检查',
          weight: 20,
          metric: 'inspections_conducted',
          target: unit.kind === 'district' ? 100 : 20,
        },
      ];
  }
}

function indicatorsFor(unit: UnitInfo): { -readonly [K in keyof ControlIndicatorsInput]: number } {
  switch (unit.kind) {
    case 'enterprise':
      return { maxAccidents: 2, maxDeaths: 1, maxLargerAccidents: 0 };
    case 'department':
      return { maxDeaths: 8, maxLargerAccidents: 1 };
    case 'town':
      return { maxAccidents: 20, maxDeaths: 6, maxLargerAccidents: 0 };
    default:
      return { maxAccidents: 200, maxDeaths: 40, maxLargerAccidents: 1, maxDeathsPer100mGdp: 0.08 };
  }
}
