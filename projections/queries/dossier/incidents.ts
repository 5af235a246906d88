import type { AssessmentResult } from '../../../src/domain/assessment/result';
import { labelOf } from '../../../src/domain/shared/labels';
import { cstYear } from '../../../src/domain/shared/time';
import type { IncidentDoc } from '../../incidents';
import type { EventRef } from '../../projection';
import type { UnitDoc } from '../../units';
import { type DossierSources, inWindow, unitNameOf } from './sources';
import { standingsIn } from './standings';
import type { DossierCost, DossierIncident, DossierStanding, DossierWindow } from './types';

/** The incidents for which the person stood in the chain or was found liable, with how. */
export function incidentsWithStandings(
  sources: Pick<DossierSources, 'person' | 'incidents'>,
  units: ReadonlyMap<string, UnitDoc>,
): { incident: IncidentDoc; standings: DossierStanding[] }[] {
  return sources.incidents
    .map((incident) => ({ incident, standings: standingsIn(incident, sources.person, units) }))
    .filter(({ standings }) => standings.length > 0);
}

/** The assessment years an incident can cost something in: its own, and those of its findings. */
export const costYearsOf = (incident: IncidentDoc): number[] =>
  [
    ...new Set([incident.year, ...incident.refs.findings.map((f) => cstYear(f.establishedAt))]),
  ].sort((a, b) => a - b);

export const natureOf = (incident: IncidentDoc): string =>
  incident.state.investigation?.conclusion?.nature ?? 'pending';

const onStream = (streamId: string) => (refs: readonly EventRef[]) =>
  refs.some((ref) => ref.streamId === streamId);

/**
 * Rules that cap a section (the outcome deductions floored at 0, the bonus at its cap): they rest
 * on every line of the section, not on one incident, and are left out of an incident's cost.
 */
const SECTION_CAPS: ReadonlySet<string> = new Set(['outcomes_floor', 'bonus_cap']);

/**
 * The lines of the unit's result in `year` that rest on the incident's events (section caps
 * aside: the unit's result says how far its floor limited the deductions).
 */
function costOf(
  incident: IncidentDoc,
  unitId: string,
  year: number,
  results: readonly AssessmentResult[],
  units: ReadonlyMap<string, UnitDoc>,
): DossierCost {
  const result = results.find((r) => r.unitId === unitId && r.year === year);
  const rests = onStream(`incident-${incident._id}`);
  const items = (result?.items ?? [])
    .filter((item) => !SECTION_CAPS.has(item.rule) && rests(item.events))
    .map(({ section, rule, label, points, provisional, events }) => ({
      section,
      sectionLabel: labelOf('assessmentSection', section),
      rule,
      ruleLabel: labelOf('itemRule', rule),
      label,
      points,
      provisional,
      events: [...events],
    }));
  const vetoes = (result?.vetoReasons ?? [])
    .filter((veto) => rests(veto.events))
    .map(({ rule, label, provisional, events }) => ({
      rule,
      ruleLabel: labelOf('vetoRule', rule),
      label,
      provisional,
      events: [...events],
    }));
  return {
    unitId,
    unitName: result?.unitName ?? unitNameOf(units, unitId),
    year,
    assessed: result?.assessed ?? false,
    points: items.reduce((sum, item) => sum + item.points, 0),
    items,
    vetoes,
    events: uniqueRefs([...items, ...vetoes].flatMap((line) => line.events)),
  };
}

export const uniqueRefs = (refs: readonly EventRef[]): EventRef[] => {
  const seen = new Map(refs.map((ref) => [`${ref.streamId}/${ref.eventId}`, ref]));
  return [...seen.values()];
};

function incidentEvents(incident: IncidentDoc): EventRef[] {
  const { reported, revisions, corrections, investigation, conclusion } = incident.refs;
  return [
    reported,
    ...revisions,
    ...corrections,
    ...(investigation ? [investigation] : []),
    ...(conclusion ? [conclusion] : []),
  ];
}

/**
 * The incidents of the dossier that occurred in the window: grade, nature, findings, how the
 * person stood, and what each cost the units where the person stood (in the incident's year and
 * the years its findings were established).
 */
export function dossierIncidents(
  sources: Pick<DossierSources, 'person' | 'incidents' | 'results'>,
  units: ReadonlyMap<string, UnitDoc>,
  window: DossierWindow,
): DossierIncident[] {
  return incidentsWithStandings(sources, units)
    .filter(({ incident }) => inWindow(incident.occurredAt, window))
    .sort(
      (a, b) =>
        a.incident.occurredAt.localeCompare(b.incident.occurredAt) ||
        a.incident._id.localeCompare(b.incident._id),
    )
    .map(({ incident, standings }) => {
      const standingUnits = [...new Set(standings.map((s) => s.unitId))];
      return {
        incidentId: incident._id,
        unitId: incident.unitId,
        unitName: unitNameOf(units, incident.unitId),
        industry: incident.industry,
        industryLabel: labelOf('industry', incident.industry),
        occurredAt: incident.occurredAt,
        grade: incident.grade,
        gradeLabel: labelOf('incidentGrade', incident.grade),
        nature: natureOf(incident),
        natureLabel: labelOf('incidentNature', natureOf(incident)),
        deaths: incident.deaths,
        seriousInjuries: incident.seriousInjuries,
        directLossYuan: incident.directLossYuan,
        standings,
        findings: incident.refs.findings.map((f) => ({
          kind: f.kind,
          kindLabel: labelOf('misreportingKind', f.kind),
          establishedAt: f.establishedAt,
          automatic: f.automatic,
          responsibleUnitIds: [...f.responsibleUnitIds],
          responsiblePersonIds: [...f.responsiblePersonIds],
          events: [f.ref],
        })),
        costs: standingUnits.flatMap((unitId) =>
          costYearsOf(incident)
            .map((year) => costOf(incident, unitId, year, sources.results, units))
            .filter((c) => c.year === incident.year || c.items.length + c.vetoes.length > 0),
        ),
        events: incidentEvents(incident),
      };
    });
}
