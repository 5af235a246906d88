import type {
  AccountabilityActionFact,
  AssessmentFacts,
  HazardFact,
  IncidentFact,
  MisreportingFindingFact,
  PersonFact,
  PostHolderFact,
  ProblemFact,
  SupervisionOrderFact,
} from '../../src/domain/assessment/facts';
import type { Industry, Post, UnitKind } from '../../src/domain/units/codes';
import { isAutomaticLateReportFinding } from '../../src/domain/incidents/lateness';
import type { ActionDoc } from '../enforcement';
import type { IncidentDoc } from '../incidents';
import { postHoldersAt, type UnitDoc } from '../units';
import { courseFacts } from './course-facts';
import {
  type HazardDocForFacts,
  type OrderDocForFacts,
  type ProblemDocForFacts,
  YearIndex,
} from './year-index';

export {
  type HazardDocForFacts,
  type InspectionDocForFacts,
  type OrderDocForFacts,
  type ProblemDocForFacts,
  type YearData,
  YearIndex,
} from './year-index';

/**
 * One unit's facts for the year from the index. Run under `index.trace` to learn what they were
 * built from.
 */
export function buildFacts(index: YearIndex, unitId: string): AssessmentFacts {
  const year = index.year;
  const unit = index.unit(unitId);
  if (!unit) throw new Error(`unknown unit ${unitId}`);
  const agreement = index.agreementOf(unitId) ?? null;
  const finalization = index.finalization();
  const incidents = index.incidentsOf(unit).filter((incident) => answersFor(unit, incident));
  const incidentFacts = incidents.map((incident) => incidentFact(incident, unit));
  const misreportingFindings = findingsOf(index, unit, incidents);
  return {
    year,
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
      .filter((s) => s.year === year)
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
        .filter((p) => p.phase === 'pre_incident' && !p.revoked && p.year === year)
        .map((p) => p.ref),
      inspectionsConducted: index.inspectionsOf(unitId).map((i) => i.ref),
      agreementCoverage: coverageOfChildren(index, unitId),
    },
    incidents: incidentFacts,
    misreportingFindings,
    hazards: index.hazardsOf(unit).map(hazardFact),
    problems: index.problemsOf(unitId).map(problemFact),
    orders: index.ordersOf(unitId).map(orderFact),
    accountabilityActions: index
      .actionsAbout(unit)
      .flatMap((action) => actionFact(action, unit, index)),
    commendations: index
      .commendationsOf(unitId)
      .filter((c) => c.year === year)
      .map((c) => ({ level: c.level as never, awardedAt: c.awardedAt, event: c.ref })),
    statistics: unit.statistics[String(year)]
      ? { ...unit.statistics[String(year)], events: [unit.ref] }
      : null,
    finalization: finalization
      ? { finalizedAt: finalization.finalizedAt, event: finalization.ref }
      : null,
    ...namedIn(
      index,
      [...incidentFacts, ...misreportingFindings.map((f) => f.incident)],
      [...misreportingFindings.flatMap((f) => f.responsiblePersonIds)],
    ),
  };
}

/**
 * DOMAIN "Attribution": an incident counts against the units of its chain at `occurredAt`, which
 * leaves out the ancestors and departments established after it (as `responsibilityChain` does).
 */
const answersFor = (unit: UnitDoc, incident: IncidentDoc): boolean =>
  unit.establishedAt === null ||
  incident.unitId === unit._id ||
  Date.parse(unit.establishedAt) <= Date.parse(incident.occurredAt);

/**
 * The persons and units the liable parties and findings name, for the promotion bars: each
 * person's posts in every unit, and the names of the liable units.
 */
function namedIn(
  index: YearIndex,
  incidents: readonly IncidentFact[],
  namedPersonIds: readonly string[],
): Pick<AssessmentFacts, 'persons' | 'unitNames'> {
  const liable = incidents.flatMap((incident) => incident.liable);
  const personIds = new Set([
    ...liable.flatMap((l) => (l.personId === undefined ? [] : [l.personId])),
    ...namedPersonIds,
  ]);
  const persons = [...personIds].flatMap((personId) => personFact(index, personId));
  const unitNames: Record<string, string> = {};
  for (const { unitId } of liable) {
    const name = unitId === undefined ? undefined : index.unit(unitId)?.name;
    if (unitId !== undefined && name !== undefined) unitNames[unitId] = name;
  }
  return {
    ...(persons.length > 0 && { persons }),
    ...(Object.keys(unitNames).length > 0 && { unitNames }),
  };
}

function personFact(index: YearIndex, personId: string): PersonFact[] {
  const posts = index
    .unitsHeldBy(personId)
    .flatMap((unit) =>
      unit.posts
        .filter((p) => p.personId === personId)
        .map((p) => ({ ...p, unitId: unit._id, unitName: unit.name })),
    );
  if (posts.length === 0) return [];
  const latest = posts.reduce((a, b) => (Date.parse(b.from) > Date.parse(a.from) ? b : a));
  return [
    {
      personId,
      personName: latest.personName,
      posts: posts.map((p) => ({
        unitId: p.unitId,
        unitName: p.unitName,
        post: p.post as Post,
        from: p.from,
        to: p.to,
      })),
    },
  ];
}

/**
 * The findings on the incidents attributed to the unit, and those naming it among their
 * responsible units on any other incident (a late relay by a unit off the incident's chain).
 */
function findingsOf(
  index: YearIndex,
  unit: UnitDoc,
  attributed: readonly IncidentDoc[],
): MisreportingFindingFact[] {
  const own = new Set(attributed);
  const elsewhere = index.incidentsNaming(unit._id).filter((incident) => !own.has(incident));
  const facts = (incident: IncidentDoc, findings: IncidentDoc['refs']['findings']) =>
    findings.map((finding): MisreportingFindingFact => ({
      kind: finding.kind,
      establishedAt: finding.establishedAt,
      event: finding.ref,
      ...(isAutomaticLateReportFinding(finding) && { corrections: incident.refs.corrections }),
      incident: incidentFact(incident, unit),
      responsibleUnitIds: finding.responsibleUnitIds,
      responsiblePersonIds: finding.responsiblePersonIds,
    }));
  return [
    ...attributed.flatMap((incident) => facts(incident, incident.refs.findings)),
    ...elsewhere.flatMap((incident) =>
      facts(
        incident,
        incident.refs.findings.filter((f) => f.responsibleUnitIds.includes(unit._id)),
      ),
    ),
  ];
}

/** Every post holder but a `deputy` without a portfolio, who answers for no industry. */
function holdersAt(unit: UnitDoc, at: string): PostHolderFact[] {
  return postHoldersAt(unit, at)
    .filter((p) => p.post !== 'deputy' || p.portfolioIndustries.length > 0)
    .map((p) => ({
      personId: p.personId,
      personName: p.personName,
      post: p.post as Post,
      ...(p.portfolioIndustries.length > 0 && {
        portfolioIndustries: p.portfolioIndustries as Industry[],
      }),
      event: p.ref,
    }));
}

/** An incident's facts for a unit depend on the two documents only: built once per pair. */
const incidentFacts = new WeakMap<IncidentDoc, WeakMap<UnitDoc, IncidentFact>>();

function incidentFact(incident: IncidentDoc, unit: UnitDoc): IncidentFact {
  let forUnits = incidentFacts.get(incident);
  if (!forUnits) incidentFacts.set(incident, (forUnits = new WeakMap()));
  let fact = forUnits.get(unit);
  if (!fact) forUnits.set(unit, (fact = newIncidentFact(incident, unit)));
  return fact;
}

function newIncidentFact(incident: IncidentDoc, unit: UnitDoc): IncidentFact {
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
    nature: conclusion?.nature ?? 'pending',
  };
}

/** A hazard's facts depend on its document only: built once per document, shared by every unit. */
const hazardFacts = new WeakMap<HazardDocForFacts, HazardFact>();

function hazardFact(doc: HazardDocForFacts): HazardFact {
  let fact = hazardFacts.get(doc);
  if (!fact) {
    fact = newHazardFact(doc);
    hazardFacts.set(doc, fact);
  }
  return fact;
}

function newHazardFact(doc: HazardDocForFacts): HazardFact {
  const { state, refs } = doc;
  return {
    id: doc._id,
    level: state.level,
    identifiedAt: state.identifiedAt,
    ...courseFacts(state, refs, refs.identified, (e) => ({
      ...(e.backdated && { backdated: true as const }),
      ...(e.late && { late: e.late }),
    })),
  };
}

/** A problem's facts depend on its document only: built once per document. */
const problemFacts = new WeakMap<ProblemDocForFacts, ProblemFact>();

function problemFact(doc: ProblemDocForFacts): ProblemFact {
  let fact = problemFacts.get(doc);
  if (!fact) problemFacts.set(doc, (fact = newProblemFact(doc)));
  return fact;
}

function newProblemFact(doc: ProblemDocForFacts): ProblemFact {
  const { state, refs } = doc;
  return {
    id: doc._id,
    raisedAt: state.raisedAt,
    ...courseFacts(state, refs, refs.raised, () => ({})),
  };
}

/** An order's facts depend on its document only: built once per document. */
const orderFacts = new WeakMap<OrderDocForFacts, SupervisionOrderFact>();

function orderFact(doc: OrderDocForFacts): SupervisionOrderFact {
  let fact = orderFacts.get(doc);
  if (!fact) {
    const { state, refs } = doc;
    fact = {
      id: doc._id,
      issuedAt: state.issuedAt,
      deadline: state.deadline,
      event: refs.issued,
      ...(state.closure && {
        closure: { closedAt: state.closure.closedAt, event: refs.closure ?? refs.issued },
      }),
    };
    orderFacts.set(doc, fact);
  }
  return fact;
}

function actionFact(
  action: ActionDoc,
  unit: UnitDoc,
  index: YearIndex,
): AccountabilityActionFact[] {
  const target = index.unit(action.targetUnitId);
  const personName = target?.posts.find((p) => p.personId === action.targetPersonId)?.personName;
  const base = {
    form: action.form,
    decidingUnitId: action.decidingUnitId,
    decidedAt: action.decidedAt,
    targetUnitId: action.targetUnitId,
    ...(action.targetPersonId ? { targetPersonId: action.targetPersonId } : {}),
    names: {
      decidingUnit: index.unit(action.decidingUnitId)?.name ?? action.decidingUnitId,
      targetUnit: target?.name ?? action.targetUnitId,
      ...(action.targetPersonId ? { targetPerson: personName ?? action.targetPersonId } : {}),
    },
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
    const agreement = index.agreementOf(child._id);
    return agreement ? [{ unitId: child._id, events: [agreement.ref] }] : [];
  });
  return { childUnits: children.length, covered };
}
