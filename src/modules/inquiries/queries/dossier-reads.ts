import { agreementsProjection, type AgreementDoc } from '../../../../projections/agreements';
import {
  ACTIONS,
  enforcementProjection,
  type ActionDoc,
} from '../../../../projections/enforcement';
import { HAZARDS, hazardsProjection, type HazardDoc } from '../../../../projections/hazards';
import {
  INCIDENTS,
  incidentsProjection,
  type IncidentDoc,
} from '../../../../projections/incidents';
import { PERSONS, personsProjection, type PersonDoc } from '../../../../projections/persons';
import {
  dossier,
  type Dossier,
  type DossierSources,
  type DossierWindow,
  dossierYears,
} from '../../../../projections/queries/dossier';
import { unitsProjection, type UnitDoc } from '../../../../projections/units';
import type { AssessmentResult } from '../../../domain/assessment/result';
import { PRINCIPAL_POSTS, type Post } from '../../../domain/units/codes';
import type { DocumentSource } from '../../../infrastructure/projections/as-of-snapshot';
import type { Where } from '../../../infrastructure/read-store/read-store.port';

/** Every unit's assessment result of a year, as the assessment answers it at the reading time. */
export type YearResults = (year: number) => Promise<readonly AssessmentResult[]>;

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/**
 * A person's dossier computed from what it reads (persons, units, agreements, incidents, actions,
 * hazards) in the live read models or in them as recorded at a past time, and from the
 * assessment of the years it needs. Null for a person no record names.
 */
export async function readDossier(
  source: DocumentSource,
  personId: string,
  window: DossierWindow,
  readingTime: string,
  resultsOf: YearResults,
): Promise<Dossier | null> {
  const found = await readSources(source, personId);
  if (!found) return null;
  const years = dossierYears(found).filter((y) => y >= MIN_YEAR && y <= MAX_YEAR);
  const results = (await Promise.all(years.map(resultsOf))).flat();
  return dossier({ ...found, results }, window, readingTime);
}

async function readSources(
  source: DocumentSource,
  personId: string,
): Promise<Omit<DossierSources, 'results'> | null> {
  const [person] = await source.find<PersonDoc>(personsProjection, PERSONS, {
    where: { _id: personId },
  });
  if (!person) return null;
  const held = await unitsById(source, [...new Set(person.posts.map((p) => p.unitId))]);
  const [incidents, agreements, actions, hazards] = await Promise.all([
    incidentsOf(source, person, held),
    source.find<AgreementDoc>(agreementsProjection, 'agreements', {
      where: { _id: { $in: [...new Set(person.signatures.map((s) => s.agreementId))] } },
    }),
    source.find<ActionDoc>(enforcementProjection, ACTIONS, {
      where: { targetPersonId: personId },
    }),
    majorHazardsOf(source, person, held),
  ]);
  const named = incidents.flatMap((i) => [
    ...i.placePath,
    ...(i.state.investigation?.conclusion?.liable ?? []).flatMap((l) => l.unitId ?? []),
  ]);
  const known = new Set(held.map((u) => u._id));
  const others = await unitsById(
    source,
    [...new Set(named)].filter((id) => !known.has(id)),
  );
  return { person, units: [...held, ...others], agreements, incidents, actions, hazards };
}

function unitsById(source: DocumentSource, ids: readonly string[]): Promise<UnitDoc[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return source.find<UnitDoc>(unitsProjection, 'units', { where: { _id: { $in: [...ids] } } });
}

/**
 * Incidents whose chain may hold one of the person's units — those at or below a territorial unit
 * or enterprise of theirs, and those in the territory of a department of theirs — since the
 * person's first appointment; and those whose findings or conclusion name the person.
 */
async function incidentsOf(
  source: DocumentSource,
  person: PersonDoc,
  held: readonly UnitDoc[],
): Promise<IncidentDoc[]> {
  const places = held.map((u) =>
    u.kind === 'department' && u.parentId !== null ? u.parentId : u._id,
  );
  const since = person.posts.map((p) => p.from).sort()[0];
  const find = (where: Where) =>
    source.find<IncidentDoc>(incidentsProjection, INCIDENTS, { where });
  const [inTerritory, naming] = await Promise.all([
    places.length > 0 && since !== undefined
      ? find({ placePath: { $in: [...new Set(places)] }, occurredAt: { $gte: since } })
      : Promise.resolve([]),
    person.incidentIds.length > 0
      ? find({ _id: { $in: person.incidentIds } })
      : Promise.resolve([]),
  ]);
  const byId = new Map([...inTerritory, ...naming].map((i) => [i._id, i]));
  return [...byId.values()];
}

/** Major hazards of the units where the person held a principal post (DOMAIN "Whose hazards"). */
async function majorHazardsOf(
  source: DocumentSource,
  person: PersonDoc,
  held: readonly UnitDoc[],
): Promise<HazardDoc[]> {
  const principal = new Set(
    person.posts.filter((p) => PRINCIPAL_POSTS.includes(p.post as Post)).map((p) => p.unitId),
  );
  const conditions: Where[] = held
    .filter((u) => principal.has(u._id))
    .flatMap((u): Where[] => [
      { level: 'major', unitPath: u._id },
      ...(u.kind === 'department' && u.parentId !== null && u.regulatedIndustries.length > 0
        ? [{ level: 'major', unitPath: u.parentId, unitIndustry: { $in: u.regulatedIndustries } }]
        : []),
    ]);
  const found = await Promise.all(
    conditions.map((where) => source.find<HazardDoc>(hazardsProjection, HAZARDS, { where })),
  );
  return [...new Map(found.flat().map((h) => [h._id, h])).values()];
}
