import type {
  AccountabilityActionFact,
  AssessmentFacts,
  HazardFact,
  IncidentFact,
  MisreportingFindingFact,
  PostHolderFact,
} from '../../src/domain/assessment/facts';
import type { Hazard } from '../../src/domain/inspections';
import type { Post, UnitKind } from '../../src/domain/units/codes';
import type { AgreementDoc } from '../agreements';
import type { CommendationDoc, TaskScoreDoc, YearDoc } from '../assessment-inputs';
import type { ActionDoc, PenaltyDoc } from '../enforcement';
import type { IncidentDoc } from '../incidents';
import type { EventRef } from '../projection';
import { postHoldersAt, type UnitDoc } from '../units';

/** What the hazard documents carry for the assessment: the domain state and the events behind it. */
export interface HazardDocForFacts {
  _id: string;
  unitId: string;
  unitPath: string[];
  unitIndustry: string | null;
  level: string;
  state: Hazard;
  refs: {
    identified: EventRef;
    /** One per rectification attempt, oldest first. */
    rectifications: EventRef[];
    /** One per verification, oldest first. */
    verifications: EventRef[];
    /** One per extension, oldest first. */
    extensions: EventRef[];
  };
}

export interface InspectionDocForFacts {
  _id: string;
  inspectingUnitId: string;
  ref: EventRef;
}

/** Everything of one year (and the incidents of the three years before) the assessment reads. */
export interface YearData {
  year: number;
  units: UnitDoc[];
  agreements: AgreementDoc[];
  taskScores: TaskScoreDoc[];
  commendations: CommendationDoc[];
  finalization: YearDoc | null;
  incidents: IncidentDoc[];
  hazards: HazardDocForFacts[];
  penalties: PenaltyDoc[];
  inspections: InspectionDocForFacts[];
  actions: ActionDoc[];
}

const BARRED_POSTS: readonly Post[] = [
  'party_secretary',
  'principal',
  'deputy_in_charge',
  'safety_director',
];

/** Indexes of a year's data, built once and shared by every unit's facts. */
export class YearIndex {
  readonly units = new Map<string, UnitDoc>();
  readonly agreementByUnit = new Map<string, AgreementDoc>();
  private readonly incidents = new PlaceIndex<IncidentDoc>();
  private readonly hazards = new PlaceIndex<HazardDocForFacts>();
  private readonly childrenOf: Map<string, UnitDoc[]>;
  private readonly penaltiesBy: Map<string, PenaltyDoc[]>;
  private readonly inspectionsBy: Map<string, InspectionDocForFacts[]>;
  private readonly actionsByUnit: Map<string, ActionDoc[]>;
  private readonly actionsByPerson: Map<string, ActionDoc[]>;
  private readonly scoresBy: Map<string, TaskScoreDoc[]>;
  private readonly commendationsBy: Map<string, CommendationDoc[]>;

  constructor(readonly data: YearData) {
    this.childrenOf = groupBy(data.units, (u) => u.parentId ?? '');
    this.penaltiesBy = groupBy(data.penalties, (p) => p.enforcingUnitId);
    this.inspectionsBy = groupBy(data.inspections, (i) => i.inspectingUnitId);
    this.actionsByUnit = groupBy(data.actions, (a) => a.targetUnitId);
    this.actionsByPerson = groupBy(data.actions, (a) => a.targetPersonId ?? '');
    this.scoresBy = groupBy(data.taskScores, (s) => s.unitId);
    this.commendationsBy = groupBy(data.commendations, (c) => c.unitId);
    data.units.forEach((unit) => this.units.set(unit._id, unit));
    data.agreements
      .filter((a) => a.year === data.year && a.status === 'active')
      .forEach((a) => this.agreementByUnit.set(a.responsibleUnitId, a));
    data.incidents.forEach((i) => this.incidents.add(i, i.placePath, i.industry));
    data.hazards.forEach((h) => this.hazards.add(h, h.unitPath, h.unitIndustry));
  }

  /** The responsible units of the year's active agreements. */
  assessedUnitIds(): string[] {
    return [...this.agreementByUnit.keys()].filter((id) => this.units.has(id)).sort();
  }

  incidentsOf = (unit: UnitDoc) => this.incidents.of(unit);
  hazardsOf = (unit: UnitDoc) => this.hazards.of(unit);
  children = (unitId: string) => this.childrenOf.get(unitId) ?? [];
  penaltiesOf = (unitId: string) => this.penaltiesBy.get(unitId) ?? [];
  inspectionsOf = (unitId: string) => this.inspectionsBy.get(unitId) ?? [];
  scoresOf = (unitId: string) => this.scoresBy.get(unitId) ?? [];
  commendationsOf = (unitId: string) => this.commendationsBy.get(unitId) ?? [];
  /** Actions naming the unit, or a person who held one of its posts (checked by the caller). */
  actionsAbout = (unit: UnitDoc) => {
    const byPerson = [...new Set(unit.posts.map((p) => p.personId))].flatMap(
      (id) => this.actionsByPerson.get(id) ?? [],
    );
    return [...new Set([...(this.actionsByUnit.get(unit._id) ?? []), ...byPerson])];
  };
}

/** Facts placed in the unit tree, found by any unit on their path or by (territory, industry). */
class PlaceIndex<T> {
  private readonly byPathUnit = new Map<string, T[]>();
  private readonly byTerritoryIndustry = new Map<string, T[]>();

  add(fact: T, path: readonly string[], industry: string | null): void {
    for (const unitId of path) {
      push(this.byPathUnit, unitId, fact);
      if (industry !== null) push(this.byTerritoryIndustry, `${unitId}\u0000${industry}`, fact);
    }
  }

  /** DOMAIN "Attribution" and "Whose hazards": on the unit's path, or (department) an industry it regulates in its parent's territory. */
  of(unit: UnitDoc): T[] {
    const own = this.byPathUnit.get(unit._id) ?? [];
    if (unit.kind !== 'department' || !unit.parentId) return own;
    const regulated = unit.regulatedIndustries.flatMap(
      (industry) => this.byTerritoryIndustry.get(`${unit.parentId}\u0000${industry}`) ?? [],
    );
    return [...new Set([...own, ...regulated])];
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  items.forEach((item) => push(groups, key(item), item));
  return groups;
}

export function buildFacts(index: YearIndex, unitId: string): AssessmentFacts {
  const { data } = index;
  const unit = index.units.get(unitId);
  if (!unit) throw new Error(`unknown unit ${unitId}`);
  const agreement = index.agreementByUnit.get(unitId) ?? null;
  const incidents = index.incidentsOf(unit);
  const incidentFacts = new Map(incidents.map((i) => [i._id, incidentFact(i, unit)]));
  return {
    year: data.year,
    unit: {
      id: unit._id,
      name: unit.name,
      kind: unit.kind as UnitKind,
      ...(unit.parentId ? { parentId: unit.parentId } : {}),
      ancestors: unit.path.slice(1),
    },
    agreement: agreement
      ? {
          id: agreement._id,
          events: [agreement.ref, ...agreement.amendmentRefs],
          controlIndicators: agreement.controlIndicators,
          tasks: agreement.tasks,
        }
      : null,
    taskScores: index
      .scoresOf(unitId)
      .filter((s) => s.year === data.year)
      .sort((a, b) => a.position - b.position)
      .map((s) => ({
        taskCode: s.taskCode,
        score: s.score,
        evaluatedAt: s.evaluatedAt,
        event: s.ref,
      })),
    metrics: {
      preIncidentPenaltyCases: index
        .penaltiesOf(unitId)
        .filter((p) => p.phase === 'pre_incident' && !p.revoked && p.year === data.year)
        .map((p) => p.ref),
      inspectionsConducted: index.inspectionsOf(unitId).map((i) => i.ref),
      agreementCoverage: coverageOfChildren(index, unitId),
    },
    incidents: [...incidentFacts.values()],
    misreportingFindings: incidents.flatMap((incident) =>
      incident.refs.findings.map((finding): MisreportingFindingFact => ({
        kind: finding.kind,
        establishedAt: finding.establishedAt,
        event: finding.ref,
        incident: incidentFacts.get(incident._id)!,
      })),
    ),
    hazards: index.hazardsOf(unit).map(hazardFact),
    accountabilityActions: index.actionsAbout(unit).flatMap((action) => actionFact(action, unit)),
    commendations: index
      .commendationsOf(unitId)
      .filter((c) => c.year === data.year)
      .map((c) => ({ level: c.level as never, awardedAt: c.awardedAt, event: c.ref })),
    statistics: unit.statistics[String(data.year)]
      ? { ...unit.statistics[String(data.year)], events: [unit.ref] }
      : null,
    finalization: data.finalization
      ? { finalizedAt: data.finalization.finalizedAt, event: data.finalization.ref }
      : null,
  };
}

function holdersAt(unit: UnitDoc, at: string): PostHolderFact[] {
  return postHoldersAt(unit, at)
    .filter((p) => BARRED_POSTS.includes(p.post as Post))
    .map((p) => ({
      personId: p.personId,
      personName: p.personName,
      post: p.post as Post,
      event: p.ref,
    }));
}

function incidentFact(incident: IncidentDoc, unit: UnitDoc): IncidentFact {
  const conclusion = incident.state.investigation?.conclusion;
  return {
    id: incident._id,
    events: [incident.refs.reported, ...incident.refs.revisions, ...incident.refs.corrections],
    grade: incident.grade,
    deaths: incident.deaths,
    seriousInjuries: incident.seriousInjuries,
    occurredAt: incident.occurredAt,
    industry: incident.industry,
    postHoldersAtOccurrence: holdersAt(unit, incident.occurredAt),
    liable:
      conclusion && incident.refs.conclusion
        ? conclusion.liable.map((party) => ({ ...party, event: incident.refs.conclusion! }))
        : [],
  };
}

function hazardFact(doc: HazardDocForFacts): HazardFact {
  const { state, refs } = doc;
  let verificationIndex = 0;
  return {
    id: doc._id,
    level: state.level,
    identifiedAt: state.identifiedAt,
    initialDeadline: state.initialDeadline,
    event: refs.identified,
    extensions: state.extensions.map((e, i) => ({
      deadline: e.deadline,
      extendedAt: e.extendedAt,
      event: refs.extensions[i] ?? refs.identified,
    })),
    rectifications: state.rectifications.map((r, i) => {
      const event = refs.rectifications[i] ?? refs.identified;
      if (!r.verification) return { rectifiedAt: r.rectifiedAt, event };
      const verificationEvent = refs.verifications[verificationIndex++] ?? event;
      return {
        rectifiedAt: r.rectifiedAt,
        event,
        verification: {
          passed: r.verification.passed,
          verifiedAt: r.verification.verifiedAt,
          event: verificationEvent,
        },
      };
    }),
  };
}

function actionFact(action: ActionDoc, unit: UnitDoc): AccountabilityActionFact[] {
  const base = {
    form: action.form,
    decidingUnitId: action.decidingUnitId,
    decidedAt: action.decidedAt,
    targetUnitId: action.targetUnitId,
    ...(action.targetPersonId ? { targetPersonId: action.targetPersonId } : {}),
    event: action.ref,
  };
  if (action.targetUnitId === unit._id) return [base];
  const holder =
    action.targetPersonId !== null &&
    postHoldersAt(unit, action.decidedAt).some((p) => p.personId === action.targetPersonId);
  return holder ? [{ ...base, targetsPostHolder: true }] : [];
}

function coverageOfChildren(index: YearIndex, unitId: string) {
  const children = index.children(unitId);
  const covered = children.flatMap((child) => {
    const agreement = index.agreementByUnit.get(child._id);
    return agreement ? [{ unitId: child._id, events: [agreement.ref] }] : [];
  });
  return { childUnits: children.length, covered };
}
