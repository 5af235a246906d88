import { type DemoCommand, demoNow, generateDemo } from '../../../src/cli/demo/generate';
import { isCommand } from '../../../src/cli/demo/types';
import type { UseCaseType } from '../../../src/modules/shared/use-case';
import { AmendAgreementCommand } from '../../../src/modules/agreements/handlers/amend-agreement.handler';
import { AppointPersonCommand } from '../../../src/modules/units/handlers/appoint-person.handler';
import { AwardCommendationCommand } from '../../../src/modules/assessment/handlers/award-commendation.handler';
import { BlacklistEnterpriseCommand } from '../../../src/modules/enforcement/handlers/blacklist-enterprise.handler';
import { ConcludeInvestigationCommand } from '../../../src/modules/incidents/handlers/conclude-investigation.handler';
import { ConductInspectionCommand } from '../../../src/modules/inspections/handlers/conduct-inspection.handler';
import { DecideAccountabilityActionCommand } from '../../../src/modules/enforcement/handlers/decide-accountability-action.handler';
import { DecidePenaltyCommand } from '../../../src/modules/enforcement/handlers/decide-penalty.handler';
import { EndAppointmentCommand } from '../../../src/modules/units/handlers/end-appointment.handler';
import { IdentifyHazardCommand } from '../../../src/modules/inspections/handlers/identify-hazard.handler';
import { PlanHazardRectificationCommand } from '../../../src/modules/inspections/handlers/plan-hazard-rectification.handler';
import { ReceiveReportCommand } from '../../../src/modules/inspections/handlers/receive-report.handler';
import { RectifyHazardCommand } from '../../../src/modules/inspections/handlers/rectify-hazard.handler';
import { RegisterUnitCommand } from '../../../src/modules/units/handlers/register-unit.handler';
import { ReportIncidentCommand } from '../../../src/modules/incidents/handlers/report-incident.handler';
import { ReviseCasualtiesCommand } from '../../../src/modules/incidents/handlers/revise-casualties.handler';
import { RevokePenaltyCommand } from '../../../src/modules/enforcement/handlers/revoke-penalty.handler';
import { ScoreTaskCommand } from '../../../src/modules/assessment/handlers/score-task.handler';
import { SignAgreementCommand } from '../../../src/modules/agreements/handlers/sign-agreement.handler';
import { VerifyHazardRectificationCommand } from '../../../src/modules/inspections/handlers/verify-hazard-rectification.handler';
import { IssueSupervisionOrderCommand } from '../../../src/modules/supervision/handlers/issue-supervision-order.handler';
import { LaunchPatrolCommand } from '../../../src/modules/supervision/handlers/launch-patrol.handler';
import { CloseSupervisionOrderCommand } from '../../../src/modules/supervision/handlers/order-follow-up.handlers';
import {
  ExtendProblemDeadlineCommand,
  RectifyProblemCommand,
  VerifyProblemCommand,
} from '../../../src/modules/supervision/handlers/problem-follow-up.handlers';
import { RaiseProblemCommand } from '../../../src/modules/supervision/handlers/raise-problem.handler';

const district = (seed: number) => generateDemo({ year: 2025, scale: 'district', seed });
const ms = (iso: string) => Date.parse(iso);
const END_OF_2025 = ms('2026-01-01T00:00:00+08:00');

const ofType = <P extends object, B extends object>(
  commands: DemoCommand[],
  use: UseCaseType<P, B>,
) => commands.filter((c): c is DemoCommand<P, B> => isCommand(c, use));

/** The units each command refers to (path parameters and body fields). */
function referencedUnits(c: DemoCommand): string[] {
  if (isCommand(c, RegisterUnitCommand)) return c.body.parentId ? [c.body.parentId] : [];
  if ('unitId' in c.params) return [String(c.params.unitId)];
  if (isCommand(c, SignAgreementCommand)) return [c.body.issuerUnitId, c.body.responsibleUnitId];
  if (isCommand(c, ConductInspectionCommand))
    return [c.body.inspectedUnitId, c.body.inspectingUnitId];
  if (isCommand(c, IdentifyHazardCommand))
    return [c.body.unitId, ...(c.body.supervisingUnitId ? [c.body.supervisingUnitId] : [])];
  if (isCommand(c, ReceiveReportCommand)) return [c.body.subjectUnitId];
  if (isCommand(c, ReportIncidentCommand)) return [c.body.unitId];
  if (isCommand(c, ConcludeInvestigationCommand))
    return c.body.liable.flatMap((l) => (l.unitId ? [l.unitId] : []));
  if (isCommand(c, DecidePenaltyCommand)) return [c.body.enterpriseId, c.body.enforcingUnitId];
  if (isCommand(c, DecideAccountabilityActionCommand))
    return [c.body.targetUnitId, c.body.decidingUnitId];
  if (isCommand(c, BlacklistEnterpriseCommand)) return [c.body.enterpriseId];
  if (isCommand(c, LaunchPatrolCommand)) return [c.body.leadUnitId, ...c.body.targetUnitIds];
  if (isCommand(c, RaiseProblemCommand)) return [c.body.targetUnitId];
  if (isCommand(c, IssueSupervisionOrderCommand)) return [c.body.issuerUnitId, c.body.targetUnitId];
  return [];
}

/**
 * DOMAIN.md 整改率 from the commands: hazards identified in the year that are rectified by its end
 * (general: a rectification not failed by its verification; major: a passed verification).
 */
function rectificationRate(commands: DemoCommand[]): { identified: number; rate: number } {
  const hazards = new Map<
    string,
    { level: string; rectifications: { at: number; passed?: boolean }[] }
  >();
  for (const c of commands) {
    if (isCommand(c, ConductInspectionCommand)) {
      for (const f of c.body.findings)
        hazards.set(f.hazardId!, { level: f.level, rectifications: [] });
    } else if (isCommand(c, IdentifyHazardCommand)) {
      hazards.set(c.body.id!, { level: c.body.level, rectifications: [] });
    } else if (isCommand(c, RectifyHazardCommand)) {
      hazards.get(c.params.hazardId)!.rectifications.push({ at: ms(c.body.rectifiedAt) });
    } else if (isCommand(c, VerifyHazardRectificationCommand)) {
      const list = hazards.get(c.params.hazardId)!.rectifications;
      list[list.length - 1].passed = c.body.passed;
    }
  }
  let rectified = 0;
  for (const h of hazards.values()) {
    const counts = h.rectifications.some((r) =>
      h.level === 'major' ? r.passed === true : r.at <= END_OF_2025 && r.passed !== false,
    );
    if (counts) rectified += 1;
  }
  return { identified: hazards.size, rate: (rectified / hazards.size) * 100 };
}

/** The grade of each incident after its casualty revisions (DOMAIN.md grading table). */
function finalGrades(commands: DemoCommand[]): Map<string, string> {
  const figures = new Map<string, { deaths: number; injuries: number; loss: number }>();
  for (const c of commands) {
    if (isCommand(c, ReportIncidentCommand)) {
      const { deaths, seriousInjuries, directLossYuan } = c.body;
      figures.set(c.body.id!, { deaths, injuries: seriousInjuries, loss: directLossYuan });
    } else if (isCommand(c, ReviseCasualtiesCommand)) {
      const { deaths, seriousInjuries, directLossYuan } = c.body;
      figures.set(c.params.incidentId, { deaths, injuries: seriousInjuries, loss: directLossYuan });
    }
  }
  const grade = ({ deaths, injuries, loss }: { deaths: number; injuries: number; loss: number }) =>
    deaths >= 30 || injuries >= 100 || loss >= 100_000_000
      ? 'especially_major'
      : deaths >= 10 || injuries >= 50 || loss >= 50_000_000
        ? 'major'
        : deaths >= 3 || injuries >= 10 || loss >= 10_000_000
          ? 'larger'
          : 'general';
  return new Map([...figures].map(([id, f]) => [id, grade(f)]));
}

describe('the demo generator', () => {
  const year42 = district(42);

  it('is deterministic: the same seed gives the same commands, another seed others', () => {
    expect(district(42)).toEqual(year42);
    const other = district(43);
    expect(other).not.toEqual(year42);
    expect(other.slice(0, 50)).not.toEqual(year42.slice(0, 50));
    expect(generateDemo({ year: 2025, scale: 'tiny', seed: 7 })).toEqual(
      generateDemo({ year: 2025, scale: 'tiny', seed: 7 }),
    );
  });

  it('fixes the clock to the day after the year', () => {
    expect(demoNow(2025).toISOString()).toBe('2026-01-01T16:00:00.000Z');
  });

  describe.each([42, 7])('a district year (seed %i)', (seed) => {
    const commands = seed === 42 ? year42 : district(seed);
    const units = ofType(commands, RegisterUnitCommand).map((c) => c.body);

    it('has one district, about 12 towns, about 30 departments and 550–650 enterprises', () => {
      const count = (kind: string) => units.filter((u) => u.kind === kind).length;
      expect(count('district')).toBe(1);
      expect(count('town')).toBeGreaterThanOrEqual(10);
      expect(count('town')).toBeLessThanOrEqual(14);
      expect(count('department')).toBeGreaterThanOrEqual(25);
      expect(count('department')).toBeLessThanOrEqual(35);
      expect(count('enterprise')).toBeGreaterThanOrEqual(550);
      expect(count('enterprise')).toBeLessThanOrEqual(650);
      expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
    });

    it('appoints in the district and each town a deputy overseeing the industries of its enterprises', () => {
      const deputies = ofType(commands, AppointPersonCommand).filter(
        (c) => c.body.post === 'deputy',
      );
      const districtId = units.find((u) => u.kind === 'district')!.id;
      const industriesIn = (unitId: string) =>
        new Set(
          units
            .filter((u) => u.kind === 'enterprise')
            .filter((u) => unitId === districtId || unitId === u.parentId)
            .map((u) => u.industry),
        );
      const placed = units.filter((u) => u.kind === 'district' || u.kind === 'town');
      expect(deputies.map((c) => c.params.unitId).sort()).toEqual(placed.map((u) => u.id!).sort());
      for (const c of deputies) {
        expect(new Set(c.body.portfolioIndustries)).toEqual(industriesIn(c.params.unitId));
      }
      const others = ofType(commands, AppointPersonCommand).filter((c) => c.body.post !== 'deputy');
      expect(others.every((c) => c.body.portfolioIndustries === undefined)).toBe(true);
    });

    it('signs an agreement with every town and department and with key enterprises', () => {
      const signed = new Set(
        ofType(commands, SignAgreementCommand).map((c) => c.body.responsibleUnitId),
      );
      for (const unit of units.filter((u) => u.kind === 'town' || u.kind === 'department')) {
        expect(signed.has(unit.id!)).toBe(true);
      }
      const enterprises = units.filter((u) => u.kind === 'enterprise' && signed.has(u.id!));
      expect(enterprises.length).toBeGreaterThan(40);
    });

    it("adds every agreement's task weights up to 60, with measured and scored tasks", () => {
      const taskLists = [
        ...ofType(commands, SignAgreementCommand).map((c) => c.body.tasks),
        ...ofType(commands, AmendAgreementCommand).flatMap((c) =>
          c.body.tasks ? [c.body.tasks] : [],
        ),
      ];
      for (const tasks of taskLists) {
        expect(tasks.reduce((sum, t) => sum + t.weight, 0)).toBeCloseTo(60, 9);
      }
      expect(taskLists.flat().some((t) => t.metric !== undefined)).toBe(true);
      expect(ofType(commands, ScoreTaskCommand).length).toBeGreaterThan(100);
    });

    it('has thousands of inspections and hazards, rectified at a rate of 94–98 %', () => {
      expect(ofType(commands, ConductInspectionCommand).length).toBeGreaterThan(2000);
      const { identified, rate } = rectificationRate(commands);
      expect(identified).toBeGreaterThan(2000);
      expect(rate).toBeGreaterThanOrEqual(94);
      expect(rate).toBeLessThanOrEqual(98);
      expect(ofType(commands, PlanHazardRectificationCommand).length).toBeGreaterThan(0);
      expect(ofType(commands, VerifyHazardRectificationCommand).some((c) => !c.body.passed)).toBe(
        true,
      );
    });

    it('has a few dozen incidents: at least one larger, at most a handful, reported after they occurred', () => {
      const incidents = ofType(commands, ReportIncidentCommand);
      expect(incidents.length).toBeGreaterThanOrEqual(20);
      expect(incidents.length).toBeLessThanOrEqual(60);
      const larger = [...finalGrades(commands).values()].filter((g) => g !== 'general');
      expect(larger.length).toBeGreaterThanOrEqual(1);
      expect(larger.length).toBeLessThanOrEqual(5);
      for (const { body } of incidents) {
        expect(ms(body.reportedAt)).toBeGreaterThanOrEqual(ms(body.occurredAt));
      }
      const late = incidents.filter(
        (c) => ms(c.body.reportedAt) - ms(c.body.occurredAt) > 3600_000,
      );
      expect(late.length).toBeGreaterThanOrEqual(1);
      expect(late.length).toBeLessThanOrEqual(5);
      expect(
        ofType(commands, ConcludeInvestigationCommand).some((c) => c.body.liable.length > 0),
      ).toBe(true);
    });

    it('decides penalties in both phases, revokes some, and records accountability actions', () => {
      const penalties = ofType(commands, DecidePenaltyCommand);
      expect(penalties.some((p) => p.body.phase === 'pre_incident')).toBe(true);
      expect(penalties.some((p) => p.body.phase === 'post_incident')).toBe(true);
      expect(ofType(commands, RevokePenaltyCommand).length).toBeGreaterThan(0);
      const forms = new Set(
        ofType(commands, DecideAccountabilityActionCommand).map((c) => c.body.form),
      );
      expect(forms.has('interview') && forms.has('circular')).toBe(true);
      expect(ofType(commands, AwardCommendationCommand).length).toBeGreaterThan(0);
      expect(ofType(commands, EndAppointmentCommand).length).toBeGreaterThan(0);
    });

    it('runs a patrol and a supervision visit whose problems end rectified, extended or overdue, and orders some of them', () => {
      const patrols = ofType(commands, LaunchPatrolCommand);
      expect(patrols.map((c) => c.body.kind)).toEqual(['patrol', 'supervision']);
      const problems = ofType(commands, RaiseProblemCommand);
      expect(problems.length).toBeGreaterThanOrEqual(20);
      const passed = new Set(
        ofType(commands, VerifyProblemCommand)
          .filter((c) => c.body.passed)
          .map((c) => c.params.problemId),
      );
      expect(passed.size).toBeGreaterThan(problems.length / 2);
      expect(ofType(commands, VerifyProblemCommand).some((c) => !c.body.passed)).toBe(true);
      expect(ofType(commands, ExtendProblemDeadlineCommand).length).toBeGreaterThan(0);
      const rectified = new Set(
        ofType(commands, RectifyProblemCommand).map((c) => c.params.problemId),
      );
      const overdue = problems.filter(
        (c) => !rectified.has(c.body.id!) && ms(c.body.deadline) < END_OF_2025,
      );
      expect(overdue.length).toBeGreaterThan(0);
      const orders = ofType(commands, IssueSupervisionOrderCommand);
      expect(new Set(orders.map((c) => c.body.subject.kind))).toEqual(
        new Set([
          'problem',
          'hazard',
          ...(orders.some((c) => c.body.subject.kind === 'incident') ? ['incident'] : []),
        ]),
      );
      const closed = new Set(
        ofType(commands, CloseSupervisionOrderCommand).map((c) => c.params.orderId),
      );
      expect(closed.size).toBeGreaterThan(0);
      expect(orders.some((c) => !closed.has(c.body.id!) && ms(c.body.deadline) < END_OF_2025)).toBe(
        true,
      );
    });

    it('refers only to units and records created before, and to nothing after its fixed "now"', () => {
      const units = new Set<string>();
      const records = new Set<string>();
      const now = demoNow(2025).getTime();
      const problems: string[] = [];
      for (const command of commands) {
        for (const unitId of referencedUnits(command)) {
          if (!units.has(unitId))
            problems.push(`${command.use.name} refers to unit ${unitId} first`);
        }
        const { body, params: path } = command;
        for (const [key, id] of Object.entries(path)) {
          const known = key === 'unitId' ? units : records;
          if (typeof id === 'string' && !known.has(id)) {
            problems.push(`${command.use.name} refers to ${key} ${id} first`);
          }
        }
        for (const [field, value] of Object.entries(body)) {
          if (/At$|^from$|^to$/.test(field) && ms(value as string) > now) {
            problems.push(`${command.use.name} ${field} ${String(value)} is after now`);
          }
        }
        if (isCommand(command, RegisterUnitCommand)) units.add(command.body.id!);
        if (isCommand(command, AppointPersonCommand)) records.add(command.body.personId);
        if (isCommand(command, ConductInspectionCommand)) {
          command.body.findings.forEach((f) => records.add(f.hazardId!));
        }
        const id = (body as { id?: string }).id;
        if (id !== undefined && !isCommand(command, RegisterUnitCommand)) records.add(id);
      }
      expect(problems).toEqual([]);
    });
  });

  it('keeps the hidden tiny scale to a small year', () => {
    const tiny = generateDemo({ year: 2025, scale: 'tiny', seed: 1 });
    expect(tiny.length).toBeGreaterThan(30);
    expect(tiny.length).toBeLessThan(250);
    expect(ofType(tiny, RegisterUnitCommand).length).toBe(16);
  });
});
