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

  constructor(readonly data: YearData) {
    data.units.forEach((unit) => this.units.set(unit._id, unit));
    data.agreements
      .filter((a) => a.year === data.year && a.status === 'active')
      .forEach((a) => this.agreementByUnit.set(a.responsibleUnitId, a));
  }

  /** The responsible units of the year's active agreements. */
  assessedUnitIds(): string[] {
    return [...this.agreementByUnit.keys()].filter((id) => this.units.has(id)).sort();
  }
}

/** DOMAIN "Attribution" and "Whose hazards": does a fact at `path` (with `industry`) count for the unit? */
export function answersFor(
  unit: UnitDoc,
  path: readonly string[],
  industry: string | null,
): boolean {
  if (path.includes(unit._id)) return true;
  if (unit.kind !== 'department' || !unit.parentId || industry === null) return false;
  return path.includes(unit.parentId) && unit.regulatedIndustries.includes(industry);
}

export function buildFacts(index: YearIndex, unitId: string): AssessmentFacts {
  const { data } = index;
  const unit = index.units.get(unitId);
  if (!unit) throw new Error(`unknown unit ${unitId}`);
  const agreement = index.agreementByUnit.get(unitId) ?? null;
  const incidents = data.incidents.filter((i) => answersFor(unit, i.placePath, i.industry));
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
    taskScores: data.taskScores
      .filter((s) => s.unitId === unitId && s.year === data.year)
      .sort((a, b) => a.position - b.position)
      .map((s) => ({
        taskCode: s.taskCode,
        score: s.score,
        evaluatedAt: s.evaluatedAt,
        event: s.ref,
      })),
    metrics: {
      preIncidentPenaltyCases: data.penalties
        .filter(
          (p) =>
            p.enforcingUnitId === unitId &&
            p.phase === 'pre_incident' &&
            !p.revoked &&
            p.year === data.year,
        )
        .map((p) => p.ref),
      inspectionsConducted: data.inspections
        .filter((i) => i.inspectingUnitId === unitId)
        .map((i) => i.ref),
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
    hazards: data.hazards
      .filter((h) => answersFor(unit, h.unitPath, h.unitIndustry))
      .map(hazardFact),
    accountabilityActions: data.actions.flatMap((action) => actionFact(action, unit)),
    commendations: data.commendations
      .filter((c) => c.unitId === unitId && c.year === data.year)
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
  const children = index.data.units.filter((u) => u.parentId === unitId);
  const covered = children.flatMap((child) => {
    const agreement = index.agreementByUnit.get(child._id);
    return agreement ? [{ unitId: child._id, events: [agreement.ref] }] : [];
  });
  return { childUnits: children.length, covered };
}
