import type {
  AgreementTaskDto,
  ControlIndicatorsDto,
} from '../../modules/agreements/agreements.dto';
import type { FindingDto } from '../../modules/inspections/inspections.dto';
import { AmendAgreementCommand } from '../../modules/agreements/handlers/amend-agreement.handler';
import { AwardCommendationCommand } from '../../modules/assessment/handlers/award-commendation.handler';
import { CloseReportCommand } from '../../modules/inspections/handlers/close-report.handler';
import { ConductInspectionCommand } from '../../modules/inspections/handlers/conduct-inspection.handler';
import { DecideAccountabilityActionCommand } from '../../modules/enforcement/handlers/decide-accountability-action.handler';
import { DecidePenaltyCommand } from '../../modules/enforcement/handlers/decide-penalty.handler';
import { EndAppointmentCommand } from '../../modules/units/handlers/end-appointment.handler';
import { ExtendHazardDeadlineCommand } from '../../modules/inspections/handlers/extend-hazard-deadline.handler';
import { IdentifyHazardCommand } from '../../modules/inspections/handlers/identify-hazard.handler';
import { PlanHazardRectificationCommand } from '../../modules/inspections/handlers/plan-hazard-rectification.handler';
import { ReceiveReportCommand } from '../../modules/inspections/handlers/receive-report.handler';
import { RectifyHazardCommand } from '../../modules/inspections/handlers/rectify-hazard.handler';
import { RevokePenaltyCommand } from '../../modules/enforcement/handlers/revoke-penalty.handler';
import { ScoreTaskCommand } from '../../modules/assessment/handlers/score-task.handler';
import { SignAgreementCommand } from '../../modules/agreements/handlers/sign-agreement.handler';
import { VerifyHazardRectificationCommand } from '../../modules/inspections/handlers/verify-hazard-rectification.handler';
import { VerifyReportCommand } from '../../modules/inspections/handlers/verify-report.handler';
import type { PenaltyKind } from '../../domain/enforcement';
import type { Post } from '../../domain/units';
import { EVIDENCE, MAJOR_MEASURES, personName, REPORT_CONTENTS } from '../../world/names';
import { demoCommand } from './types';
import { appointmentCommand } from './setup';
import { cstDay, cstIso, DAY, HOUR, MINUTE, officeTime, seasonalTime } from '../../world/time';
import { changePost, holderAt, requireHolder, type UnitInfo } from '../../world/units';
import {
  type HazardLevel,
  inspectionFindings,
  type PlannedInspection,
} from '../../world/inspections';
import { planCommendation } from '../../world/commendations';
import { reportedHazard } from '../../world/hazards';
import { round } from '../../world/numbers';
import { type PlannedPenalty, penaltyTerms } from '../../world/penalties';
import { nextId, type YearScope } from './year-scope';

/** Plain data in the shape of a DTO (what an HTTP client would send as JSON). */
type Plain<T> = { [K in keyof T]: T[K] extends Array<infer I> ? Array<Plain<I>> : T[K] };
type TaskBody = Plain<AgreementTaskDto>;
type Indicators = Plain<ControlIndicatorsDto>;
type FindingBody = Plain<FindingDto>;

const floorMinute = (ms: number): number => Math.floor(ms / MINUTE) * MINUTE;

/** A time strictly after `previous` (by at least a minute), squeezed before `last` when needed. */
function laterThan(scope: YearScope, previous: number, wanted: number): number | undefined {
  const { rng, last } = scope;
  const earliest = previous + MINUTE;
  if (earliest > last) return undefined;
  const at = wanted <= last ? wanted : previous + (last - previous) * rng.float(0.2, 0.9);
  return Math.max(earliest, floorMinute(at));
}

// ---------------------------------------------------------------- posts

/** Some post holders change during the year (换届、调整): the old appointment ends, a new one starts. */
export function changePosts(scope: YearScope, units: readonly UnitInfo[], share: number): void {
  const { rng, year, timeline } = scope;
  for (const info of units) {
    if (!rng.chance(share)) continue;
    const post = rng.weighted<Post>([
      ['principal', 4],
      ['deputy_in_charge', 4],
      ['party_secretary', 2],
    ]);
    const at = officeTime(rng, cstDay(year, 4, 1), cstDay(year, 11, 30));
    const change = changePost(info, post, at, rng);
    if (!change) continue;
    timeline.add(
      at,
      demoCommand(
        EndAppointmentCommand,
        { unitId: info.id, personId: change.ended.personId },
        { post, to: cstIso(at) },
      ),
    );
    timeline.add(at, appointmentCommand(change.appointment));
  }
}

// ---------------------------------------------------------------- agreements

export interface AgreementRecord {
  id: string;
  unit: UnitInfo;
  tasks: TaskBody[];
  expected?: Expected;
}

export interface TaskTargets {
  inspections?: number;
  penalties?: number;
  expected?: Expected;
}

const manual = (code: string, title: string, weight: number): TaskBody => ({ code, title, weight });
const measured = (
  code: string,
  title: string,
  weight: number,
  metric: string,
  target: number,
): TaskBody => ({ code, title, weight, metric, target });

/** The tasks of an agreement by kind of responsible unit; weights add up to the scheme's 60. */
export function tasksFor(scope: YearScope, info: UnitInfo, targets: TaskTargets): TaskBody[] {
  const inspections = targets.inspections ?? 0;
  const penalties = targets.penalties ?? 0;
  const target = (n: number) => Math.max(1, Math.round(n * scope.rng.float(0.8, 1.2)));
  /** Measured by the inspections the unit conducts when it is planned to conduct any. */
  const inspecting = (code: string, title: string, weight: number, manualTitle = title) =>
    inspections > 0
      ? measured(code, title, weight, 'inspections_conducted', target(inspections))
      : manual(code, manualTitle, weight);
  let tasks: TaskBody[];
  switch (info.kind) {
    case 'town':
      tasks = [
        manual('T1', '落实党政同责、一岗双责、齐抓共管、失职追责', 10),
        measured('T2', '隐患排查治理', 12, 'hazard_rectification_rate', 95),
        inspecting('T3', '属地安全生产监督检查', 10),
        manual('T4', '重点行业领域专项整治', 10),
        manual('T5', '应急管理与预案演练', 8),
        manual('T6', '安全生产宣传教育培训', 5),
        manual('T7', '基层安全监管能力建设', 5),
      ];
      break;
    case 'department':
      tasks = [
        manual('K1', '管行业必须管安全，落实行业监管责任', 12),
        penalties >= 2
          ? measured('K2', '事前执法处罚', 10, 'pre_incident_penalty_cases', target(penalties))
          : manual('K2', '行政执法规范化建设', 10),
        inspecting('K3', '行业领域监督检查', 10),
        measured('K4', '行业领域隐患排查整治', 10, 'hazard_rectification_rate', 95),
        manual('K5', '安全生产治本攻坚三年行动', 8),
        manual('K6', '应急准备与事故处置', 5),
        manual('K7', '安全生产宣传培训', 5),
      ];
      break;
    case 'district':
      tasks = [
        manual('D1', '落实党政同责、一岗双责', 10),
        measured('D2', '责任书签订覆盖', 8, 'agreement_coverage', 100),
        measured('D3', '隐患排查治理', 12, 'hazard_rectification_rate', 95),
        inspecting('D4', '督查检查', 8),
        manual('D5', '重大安全风险防控', 12),
        manual('D6', '应急救援体系建设', 10),
      ];
      break;
    default:
      tasks = [
        manual('Q1', '全员安全生产责任制落实', 15),
        measured('Q2', '隐患自查自改', 15, 'hazard_rectification_rate', 100),
        inspecting('Q3', '企业安全自查', 10, '安全生产标准化建设'),
        manual('Q4', '安全投入与教育培训', 10),
        manual('Q5', '应急预案与演练', 10),
      ];
  }
  return jitter(scope, tasks);
}

/** Moves a few points between tasks: every office weighs its tasks a little differently. */
function jitter(scope: YearScope, tasks: TaskBody[]): TaskBody[] {
  const result = tasks.map((t) => ({ ...t }));
  for (let i = 0; i < 2; i++) {
    const [a, b] = scope.rng.sample(result, 2);
    const shift = Math.min(scope.rng.int(0, 2), a.weight - 4);
    a.weight -= shift;
    b.weight += shift;
  }
  return result;
}

/** Caps set a little above what the office expects of the unit, so some are broken. */
function indicatorsFor(
  scope: YearScope,
  info: UnitInfo,
  expected: Expected | undefined,
): Indicators {
  const { rng } = scope;
  const cap = (mean: number, min: number) => Math.max(min, Math.ceil(mean * rng.float(1.3, 2.2)));
  const accidents = expected?.accidents ?? 1;
  const deaths = expected?.deaths ?? 1;
  switch (info.kind) {
    case 'town':
      return {
        maxAccidents: cap(accidents, 2),
        maxDeaths: cap(deaths, 2),
        maxLargerAccidents: 0,
        ...(info.statistics !== undefined &&
          rng.chance(0.3) && {
            maxDeathsPer100mGdp: round(
              (cap(deaths, 1) / info.statistics.gdp100mYuan) * rng.float(1, 1.5),
              0.001,
            ),
          }),
      };
    case 'department':
      return { maxDeaths: cap(deaths, 2), maxLargerAccidents: 0 };
    case 'district':
      return {
        maxAccidents: cap(accidents, 10),
        maxDeaths: cap(deaths, 5),
        maxLargerAccidents: 2,
        ...(rng.chance(0.5) && { maxRoadDeathsPer10kVehicles: round(rng.float(1.8, 3), 0.1) }),
      };
    default:
      return { maxAccidents: 1, maxDeaths: 0, maxLargerAccidents: 0 };
  }
}

/** What the office expects of a unit in the year: accidents and deaths attributed to it. */
export interface Expected {
  accidents: number;
  deaths: number;
}

export function signAgreement(
  scope: YearScope,
  issuer: UnitInfo,
  responsible: UnitInfo,
  signedAt: number,
  targets: TaskTargets,
): AgreementRecord {
  const signatories: Array<{ personId: string; post: string }> = [
    { personId: requireHolder(issuer, 'principal', signedAt).personId, post: 'principal' },
    { personId: requireHolder(responsible, 'principal', signedAt).personId, post: 'principal' },
  ];
  const secretary = holderAt(responsible, 'party_secretary', signedAt);
  if (secretary && responsible.kind !== 'enterprise') {
    signatories.push({ personId: secretary.personId, post: 'party_secretary' });
  }
  const record: AgreementRecord = {
    id: `A-${scope.year}-${responsible.id}`,
    unit: responsible,
    tasks: tasksFor(scope, responsible, targets),
    expected: targets.expected,
  };
  scope.timeline.add(
    signedAt,
    demoCommand(
      SignAgreementCommand,
      {},
      {
        id: record.id,
        year: scope.year,
        issuerUnitId: issuer.id,
        responsibleUnitId: responsible.id,
        signedAt: cstIso(signedAt),
        signatories,
        controlIndicators: indicatorsFor(scope, responsible, targets.expected),
        tasks: record.tasks.map((t) => ({ ...t })),
      },
    ),
  );
  return record;
}

/** A few agreements are amended at the mid-year review (年中调度): a cap or the weights. */
export function amendAgreements(scope: YearScope, records: readonly AgreementRecord[]): void {
  const { rng, year } = scope;
  for (const record of records) {
    if (record.unit.kind === 'enterprise' || !rng.chance(0.05)) continue;
    const at = officeTime(rng, cstDay(year, 6, 15), cstDay(year, 7, 31));
    if (rng.chance(0.5)) {
      scope.timeline.add(
        at,
        demoCommand(
          AmendAgreementCommand,
          { agreementId: record.id },
          {
            reason: '经安委会年中调度会议研究，调整控制考核指标',
            controlIndicators: indicatorsFor(scope, record.unit, record.expected),
            amendedAt: cstIso(at),
          },
        ),
      );
    } else {
      record.tasks = jitter(scope, record.tasks);
      scope.timeline.add(
        at,
        demoCommand(
          AmendAgreementCommand,
          { agreementId: record.id },
          {
            reason: '根据年度重点工作调整考核任务权重',
            tasks: record.tasks.map((t) => ({ ...t })),
            amendedAt: cstIso(at),
          },
        ),
      );
    }
  }
}

/** The office scores every task it scores by hand in December; a few are re-scored. */
export function scoreAgreements(scope: YearScope, records: readonly AgreementRecord[]): void {
  const { rng, year } = scope;
  for (const record of records) {
    for (const task of record.tasks) {
      if (task.metric !== undefined) continue;
      const at = officeTime(rng, cstDay(year, 12, 10), cstDay(year, 12, 28));
      const score = (weight: number) => Math.min(weight, round(weight * rng.float(0.62, 1), 0.5));
      const add = (when: number, evidence: string) =>
        scope.timeline.add(
          when,
          demoCommand(
            ScoreTaskCommand,
            { year, unitId: record.unit.id },
            {
              taskCode: task.code,
              score: score(task.weight),
              evaluatedAt: cstIso(when),
              evidence,
            },
          ),
        );
      add(at, rng.pick(EVIDENCE));
      if (rng.chance(0.05)) add(at + rng.int(1, 2) * DAY, '复核后调整评分');
    }
  }
}

// ---------------------------------------------------------------- inspections and hazards

export interface Hazard {
  id: string;
  unit: UnitInfo;
  level: HazardLevel;
  identifiedAt: number;
  deadline: number;
  verifier: string;
}

/** Records the inspection; each finding becomes a hazard followed through its life. */
export function conductInspection(scope: YearScope, plan: PlannedInspection): Hazard[] {
  const { rng, timeline } = scope;
  const id = nextId(scope, 'INS');
  const { inspectors, findings: planned } = inspectionFindings(rng, plan);
  const hazards: Hazard[] = planned.map(({ level, deadline }, i) => ({
    id: `${id}-F${i + 1}`,
    unit: plan.inspected,
    level,
    identifiedAt: plan.at,
    deadline,
    verifier: inspectors[0],
  }));
  const findings: FindingBody[] = planned.map(({ level, description, deadline }, i) => ({
    hazardId: hazards[i].id,
    level,
    description,
    deadline: cstIso(deadline),
  }));
  timeline.add(
    plan.at,
    demoCommand(
      ConductInspectionCommand,
      {},
      {
        id,
        inspectedUnitId: plan.inspected.id,
        inspectingUnitId: plan.inspecting.id,
        kind: plan.kind,
        conductedAt: cstIso(plan.at),
        inspectors,
        findings,
      },
    ),
  );
  hazards.forEach((hazard) => hazardLife(scope, hazard));
  return hazards;
}

/** A hazard reported outside an inspection (企业自查自报, or found on a whistleblower's report). */
export function identifyHazard(
  scope: YearScope,
  unit: UnitInfo,
  identifiedAt: number,
  source?: { reportId: string },
): Hazard {
  const { level, deadline, verifier, description } = reportedHazard(scope.rng, unit, identifiedAt);
  const hazard: Hazard = { id: nextId(scope, 'HZ'), unit, level, identifiedAt, deadline, verifier };
  scope.timeline.add(
    identifiedAt,
    demoCommand(
      IdentifyHazardCommand,
      {},
      {
        id: hazard.id,
        unitId: unit.id,
        level,
        description,
        identifiedAt: cstIso(identifiedAt),
        deadline: cstIso(hazard.deadline),
        ...(source && { source }),
      },
    ),
  );
  hazardLife(scope, hazard);
  return hazard;
}

/**
 * The life of a hazard: plan (major), perhaps an extension, rectification and verification.
 * Whether it ends rectified is drawn from the unit's diligence; the others stay open (overdue
 * once past the deadline) or fail their verification.
 */
export function hazardLife(scope: YearScope, hazard: Hazard): void {
  const { rng, timeline, last } = scope;
  const major = hazard.level === 'major';
  const counted = rng.chance(major ? hazard.unit.quality - 0.04 : hazard.unit.quality);
  let deadline = hazard.deadline;
  let t = hazard.identifiedAt;

  if (major) {
    const plannedAt = laterThan(scope, t, officeTime(rng, t + DAY, t + 7 * DAY));
    if (plannedAt === undefined) return;
    const responsible =
      holderAt(hazard.unit, 'principal', plannedAt)?.personName ?? personName(rng);
    timeline.add(
      plannedAt,
      demoCommand(
        PlanHazardRectificationCommand,
        { hazardId: hazard.id },
        {
          measures: rng.pick(MAJOR_MEASURES),
          fundsYuan: round(rng.float(50_000, 2_000_000), 1000),
          deadline: cstIso(deadline),
          responsiblePerson: responsible,
          contingencyPlan: '制定专项应急处置方案，整改期间落实专人现场监护和停产撤人措施',
          plannedAt: cstIso(plannedAt),
        },
      ),
    );
    t = plannedAt;
  }

  if (rng.chance(major ? 0.2 : 0.03) && deadline - t > 3 * DAY) {
    const extendedAt = officeTime(rng, t + DAY, deadline - DAY);
    if (extendedAt > t && extendedAt <= last) {
      deadline += rng.int(15, 60) * DAY;
      timeline.add(
        extendedAt,
        demoCommand(
          ExtendHazardDeadlineCommand,
          { hazardId: hazard.id },
          {
            deadline: cstIso(deadline),
            reason: major ? '整改工程量大，需停产检修，申请延期' : '整改所需设备采购周期较长',
            extendedAt: cstIso(extendedAt),
          },
        ),
      );
      t = extendedAt;
    }
  }

  // Not rectified: most stay open; the rest are rectified and fail their verification.
  if (!counted && rng.chance(0.75)) return;
  const wanted = rng.chance(0.9)
    ? officeTime(rng, t + 4 * HOUR, Math.max(t + 6 * HOUR, deadline))
    : officeTime(rng, deadline, deadline + 20 * DAY);
  const rectifiedAt = laterThan(scope, t, wanted);
  if (rectifiedAt === undefined) return;
  timeline.add(
    rectifiedAt,
    demoCommand(
      RectifyHazardCommand,
      { hazardId: hazard.id },
      { rectifiedAt: cstIso(rectifiedAt), note: '已按要求完成整改' },
    ),
  );

  const verify = (after: number, passed: boolean): number | undefined => {
    const at = laterThan(scope, after, after + rng.int(1, 10) * DAY + rng.int(0, 6) * HOUR);
    if (at === undefined) return undefined;
    timeline.add(
      at,
      demoCommand(
        VerifyHazardRectificationCommand,
        { hazardId: hazard.id },
        {
          passed,
          verifiedAt: cstIso(at),
          verifier: hazard.verifier,
          ...(!passed && { note: '整改不彻底，责令重新整改' }),
        },
      ),
    );
    return at;
  };

  if (!counted) {
    verify(rectifiedAt, false);
    return;
  }
  if (!major && !rng.chance(0.8)) return;
  const failFirst = rng.chance(0.05);
  const verifiedAt = verify(rectifiedAt, !failFirst);
  if (!failFirst || verifiedAt === undefined) return;
  const again = laterThan(scope, verifiedAt, verifiedAt + rng.int(3, 15) * DAY);
  if (again === undefined) return;
  timeline.add(
    again,
    demoCommand(
      RectifyHazardCommand,
      { hazardId: hazard.id },
      { rectifiedAt: cstIso(again), note: '按复查意见重新整改' },
    ),
  );
  if (major || rng.chance(0.8)) verify(again, true);
}

/** A whistleblower report (举报): verified, perhaps substantiated with hazards and a reward, closed. */
export function whistleblowerReport(scope: YearScope, subject: UnitInfo): void {
  const { rng, timeline, year, last } = scope;
  const id = nextId(scope, 'R', 4);
  const receivedAt = seasonalTime(rng, year, last - 20 * DAY);
  timeline.add(
    receivedAt,
    demoCommand(
      ReceiveReportCommand,
      {},
      {
        id,
        subjectUnitId: subject.id,
        receivedAt: cstIso(receivedAt),
        content: rng.pick(REPORT_CONTENTS),
        anonymous: rng.chance(0.6),
      },
    ),
  );
  const verifiedAt = officeTime(rng, receivedAt + 3 * DAY, receivedAt + 15 * DAY);
  const substantiated = rng.chance(0.65);
  const hazardIds = substantiated
    ? Array.from({ length: rng.int(1, 2) }, () =>
        identifyHazard(scope, subject, officeTime(rng, receivedAt + DAY, verifiedAt - HOUR), {
          reportId: id,
        }),
      ).map((h) => h.id)
    : [];
  timeline.add(
    verifiedAt,
    demoCommand(
      VerifyReportCommand,
      { reportId: id },
      {
        substantiated,
        verifiedAt: cstIso(verifiedAt),
        ...(hazardIds.length > 0 && { hazardIds }),
        ...(substantiated && rng.chance(0.6) && { rewardYuan: round(rng.float(500, 5000), 100) }),
      },
    ),
  );
  const closedAt = laterThan(
    scope,
    verifiedAt,
    officeTime(rng, verifiedAt + DAY, verifiedAt + 10 * DAY),
  );
  if (closedAt !== undefined) {
    timeline.add(
      closedAt,
      demoCommand(CloseReportCommand, { reportId: id }, { closedAt: cstIso(closedAt) }),
    );
  }
}

// ---------------------------------------------------------------- enforcement

/** An administrative penalty; a few pre-incident ones are revoked on review (复议撤销). */
export function decidePenalty(
  scope: YearScope,
  plan: PlannedPenalty,
  phase: 'pre_incident' | 'post_incident',
  options: { kind?: PenaltyKind; amount?: readonly [number, number] } = {},
): string {
  const { rng, timeline, year } = scope;
  const id = nextId(scope, 'PEN');
  const { kind, amountYuan, basis } = penaltyTerms(rng, options);
  const n = (scope.counters.get(`case-${plan.enforcer.id}`) ?? 0) + 1;
  scope.counters.set(`case-${plan.enforcer.id}`, n);
  timeline.add(
    plan.at,
    demoCommand(
      DecidePenaltyCommand,
      {},
      {
        id,
        enterpriseId: plan.enterprise.id,
        enforcingUnitId: plan.enforcer.id,
        kind,
        ...(amountYuan !== undefined && { amountYuan }),
        caseNo: `${plan.enforcer.short}罚〔${year}〕${String(n).padStart(4, '0')}号`,
        basis,
        decidedAt: cstIso(plan.at),
        phase,
      },
    ),
  );
  if (phase === 'pre_incident' && rng.chance(0.03)) {
    const revokedAt = laterThan(
      scope,
      plan.at,
      officeTime(rng, plan.at + 20 * DAY, plan.at + 90 * DAY),
    );
    if (revokedAt !== undefined) {
      timeline.add(
        revokedAt,
        demoCommand(
          RevokePenaltyCommand,
          { penaltyId: id },
          {
            reason: rng.pick([
              '经行政复议，原处罚决定认定事实不清，予以撤销',
              '人民法院判决撤销原行政处罚决定',
            ]),
            revokedAt: cstIso(revokedAt),
          },
        ),
      );
    }
  }
  return id;
}

export function accountability(
  scope: YearScope,
  action: {
    target: UnitInfo;
    post?: Post;
    form: string;
    deciding: UnitInfo;
    at: number;
    reason: string;
    incidentId?: string;
  },
): void {
  if (action.at > scope.last) return;
  const person = action.post ? holderAt(action.target, action.post, action.at) : undefined;
  scope.timeline.add(
    action.at,
    demoCommand(
      DecideAccountabilityActionCommand,
      {},
      {
        id: nextId(scope, 'ACC', 4),
        ...(person && { targetPersonId: person.personId }),
        targetUnitId: action.target.id,
        form: action.form,
        decidingUnitId: action.deciding.id,
        decidedAt: cstIso(action.at),
        reason: action.reason,
        ...(action.incidentId !== undefined && { incidentId: action.incidentId }),
      },
    ),
  );
}

export function commend(scope: YearScope, info: UnitInfo): void {
  const { rng, year } = scope;
  const { level, reason, at } = planCommendation(rng, year);
  scope.timeline.add(
    at,
    demoCommand(
      AwardCommendationCommand,
      { year, unitId: info.id },
      { level, reason, awardedAt: cstIso(at) },
    ),
  );
}
