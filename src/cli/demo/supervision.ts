import { IssueSupervisionOrderCommand } from '../../modules/supervision/handlers/issue-supervision-order.handler';
import { LaunchPatrolCommand } from '../../modules/supervision/handlers/launch-patrol.handler';
import {
  CloseSupervisionOrderCommand,
  ReplyToSupervisionOrderCommand,
} from '../../modules/supervision/handlers/order-follow-up.handlers';
import {
  ExtendProblemDeadlineCommand,
  RectifyProblemCommand,
  VerifyProblemCommand,
} from '../../modules/supervision/handlers/problem-follow-up.handlers';
import { RaiseProblemCommand } from '../../modules/supervision/handlers/raise-problem.handler';
import type { DistrictWorld } from '../../world/district';
import { type PlannedPatrol, planPatrols } from '../../world/patrols';
import { cstIso, DAY, HOUR, officeTime } from '../../world/time';
import type { UnitInfo } from '../../world/units';
import type { Hazard } from './activities';
import type { IncidentSummary } from './district-year';
import { demoCommand } from './types';
import { nextId, type YearScope } from './year-scope';

/** A problem left open past its deadline: what a supervision order follows up. */
interface OpenProblem {
  id: string;
  target: UnitInfo;
  deadline: number;
}

/** Something a supervision order (督办函) is about, and the lower unit it goes to. */
interface OrderSubject {
  kind: 'hazard' | 'problem' | 'incident';
  id: string;
  target: UnitInfo;
  /** The earliest the order can be issued (the subject exists by then). */
  after: number;
  requirement: string;
}

/**
 * The office's supervision of the district's year (巡查、督查、督办): a patrol in spring and a
 * supervision visit in autumn raise problems the towns and departments rectify (most), extend
 * (some, before the deadline) or leave open; supervision orders follow up overdue problems,
 * major hazards and larger incidents, most of them replied to and closed.
 */
export function supervisionYear(
  scope: YearScope,
  world: DistrictWorld,
  records: { hazards: readonly Hazard[]; incidents: readonly IncidentSummary[] },
): void {
  const { rng, year } = scope;
  const { district, towns, departments } = world;
  const open: OpenProblem[] = [];
  for (const patrol of planPatrols(rng, year, district, towns, departments)) {
    if (patrol.to > scope.last) continue;
    open.push(...launch(scope, patrol));
  }
  const subjects: OrderSubject[] = [
    ...open
      .filter(() => rng.chance(0.7))
      .map((p) => ({
        kind: 'problem' as const,
        id: p.id,
        target: p.target,
        after: p.deadline + 3 * DAY,
        requirement: '巡查发现问题逾期未整改，请于限期内整改到位并书面报告整改情况',
      })),
    ...rng
      .sample(
        records.hazards.filter((h) => h.level === 'major' && h.unit.townId !== undefined),
        rng.int(1, 3),
      )
      .map((h) => ({
        kind: 'hazard' as const,
        id: h.id,
        target: towns.find((t) => t.id === h.unit.townId)!,
        after: h.identifiedAt + 2 * DAY,
        requirement: '重大事故隐患挂牌督办，请督促企业落实"五落实"，按期整改销号',
      })),
    ...records.incidents
      .filter((i) => i.grade === 'larger' && i.townId !== undefined)
      .map((i) => ({
        kind: 'incident' as const,
        id: i.id,
        target: towns.find((t) => t.id === i.townId)!,
        after: i.occurredAt + 3 * DAY,
        requirement: '发生较大生产安全事故，请举一反三开展隐患排查整治，落实防范措施并报告',
      })),
  ];
  for (const subject of subjects) issueOrder(scope, district, subject);
}

/** Launches the patrol, raises its problems and follows each to its end; answers those left overdue. */
function launch(scope: YearScope, patrol: PlannedPatrol): OpenProblem[] {
  const { rng, timeline, last } = scope;
  const id = nextId(scope, 'PAT', 3);
  timeline.add(
    patrol.from,
    demoCommand(
      LaunchPatrolCommand,
      {},
      {
        id,
        kind: patrol.kind,
        leadUnitId: patrol.lead.id,
        team: patrol.team,
        targetUnitIds: patrol.targets.map((t) => t.id),
        from: cstIso(patrol.from),
        to: cstIso(patrol.to),
      },
    ),
  );
  const open: OpenProblem[] = [];
  for (const problem of patrol.problems) {
    const raisedAt = officeTime(rng, patrol.to - DAY, patrol.to + 3 * DAY);
    if (raisedAt > last) continue;
    const problemId = nextId(scope, 'PRB', 4);
    let deadline = raisedAt + rng.pick([30, 45, 60]) * DAY;
    timeline.add(
      raisedAt,
      demoCommand(
        RaiseProblemCommand,
        { patrolId: id },
        {
          id: problemId,
          targetUnitId: problem.target.id,
          duty: problem.duty,
          description: problem.description,
          raisedAt: cstIso(raisedAt),
          deadline: cstIso(deadline),
        },
      ),
    );
    // Duties are rectified less readily than hazards: a unit's diligence less a fifth.
    const diligent = rng.chance(problem.target.quality - 0.2);
    let t = raisedAt;
    let extended = false;
    if (!diligent && rng.chance(0.35)) {
      const extendedAt = officeTime(rng, deadline - 10 * DAY, deadline - 2 * DAY);
      if (extendedAt > t && extendedAt <= last) {
        deadline += rng.int(30, 60) * DAY;
        timeline.add(
          extendedAt,
          demoCommand(
            ExtendProblemDeadlineCommand,
            { problemId },
            {
              deadline: cstIso(deadline),
              reason: '整改涉及机构职能调整和经费安排，申请延期',
              extendedAt: cstIso(extendedAt),
            },
          ),
        );
        t = extendedAt;
        extended = true;
      }
    }
    if (diligent || rng.chance(extended ? 0.5 : 0.25)) {
      rectify(scope, problemId, patrol, t, deadline);
    } else if (deadline < last) {
      open.push({ id: problemId, target: problem.target, deadline });
    }
  }
  return open;
}

/** Rectified before the deadline (mostly) and verified; a few fail their first verification. */
function rectify(
  scope: YearScope,
  problemId: string,
  patrol: PlannedPatrol,
  after: number,
  deadline: number,
): void {
  const { rng, timeline, last } = scope;
  const verifier = patrol.team[0].replace(/^组长 /, '');
  const attempt = (from: number, to: number, evidence: string, passed: boolean): number | null => {
    const rectifiedAt = officeTime(rng, from, Math.max(from + HOUR, to));
    const verifiedAt = officeTime(rng, rectifiedAt + 2 * DAY, rectifiedAt + 10 * DAY);
    if (rectifiedAt <= after || verifiedAt > last) return null;
    timeline.add(
      rectifiedAt,
      demoCommand(
        RectifyProblemCommand,
        { problemId },
        { rectifiedAt: cstIso(rectifiedAt), evidence },
      ),
    );
    timeline.add(
      verifiedAt,
      demoCommand(
        VerifyProblemCommand,
        { problemId },
        {
          passed,
          verifiedAt: cstIso(verifiedAt),
          verifier,
          ...(!passed && { note: '整改措施未落实到位，退回重新整改' }),
        },
      ),
    );
    return verifiedAt;
  };
  const failFirst = rng.chance(0.12);
  const first = attempt(after + 5 * DAY, deadline - DAY, '整改报告及相关制度文件', !failFirst);
  if (first === null || !failFirst) return;
  attempt(first + DAY, first + 20 * DAY, '补充整改材料及复查记录', true);
}

/** The district orders the lower unit; it replies (mostly), and the district closes (mostly). */
function issueOrder(scope: YearScope, issuer: UnitInfo, subject: OrderSubject): void {
  const { rng, timeline, last } = scope;
  const issuedAt = officeTime(rng, subject.after, subject.after + 7 * DAY);
  const deadline = issuedAt + rng.pick([15, 20, 30]) * DAY;
  if (issuedAt > last) return;
  const orderId = nextId(scope, 'SO', 4);
  timeline.add(
    issuedAt,
    demoCommand(
      IssueSupervisionOrderCommand,
      {},
      {
        id: orderId,
        issuerUnitId: issuer.id,
        targetUnitId: subject.target.id,
        subject: { kind: subject.kind, id: subject.id },
        requirement: subject.requirement,
        issuedAt: cstIso(issuedAt),
        deadline: cstIso(deadline),
      },
    ),
  );
  if (!rng.chance(0.8)) return;
  const repliedAt = officeTime(rng, issuedAt + 5 * DAY, deadline + 5 * DAY);
  if (repliedAt > last) return;
  timeline.add(
    repliedAt,
    demoCommand(
      ReplyToSupervisionOrderCommand,
      { orderId },
      {
        repliedAt: cstIso(repliedAt),
        content: `${subject.target.name}已按督办要求组织整改，现将整改情况报告如下`,
      },
    ),
  );
  if (!rng.chance(0.75)) return;
  const closedAt = officeTime(rng, repliedAt + DAY, repliedAt + 7 * DAY);
  if (closedAt > last) return;
  timeline.add(
    closedAt,
    demoCommand(
      CloseSupervisionOrderCommand,
      { orderId },
      { closedAt: cstIso(closedAt), note: '经核查，整改到位，予以办结' },
    ),
  );
}
