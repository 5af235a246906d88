import { ALL_PROJECTIONS } from '../../../../projections';
import { agreementsProjection } from '../../../../projections/agreements';
import {
  assessmentInputsProjection,
  type SchemeDoc,
} from '../../../../projections/assessment-inputs';
import { enforcementProjection } from '../../../../projections/enforcement';
import { hazardsProjection, hazardsThatCountIn } from '../../../../projections/hazards';
import { incidentsProjection } from '../../../../projections/incidents';
import {
  ordersThatCountIn,
  problemsThatCountIn,
  supervisionProjection,
} from '../../../../projections/supervision';
import type { Projection } from '../../../../projections/projection';
import {
  YEAR_COLLECTIONS,
  type YearCollection,
  type YearData,
  type YearDocuments,
} from '../../../../projections/queries/year-index';
import { unitsProjection } from '../../../../projections/units';
import { DEFAULT_SCHEME, type AssessmentScheme } from '../../../domain/assessment/scheme';
import { MISREPORTING_LOOKBACK_YEARS } from '../../../domain/assessment/year-facts';
import type { DocumentSource } from '../../../infrastructure/projections/as-of-snapshot';
import type { Where } from '../../../infrastructure/read-store/read-store.port';

/** Projections the assessment reads (the audit index is not needed to replay an as-of view). */
export const ASSESSMENT_PROJECTIONS = ALL_PROJECTIONS.filter((p) => p.name !== 'audit');

export interface YearInputs {
  data: YearData;
  scheme: AssessmentScheme;
  schemeDoc: SchemeDoc | null;
}

/** Where one kind of the year's documents is read from, and which of them. */
export interface YearQuery {
  projection: Projection;
  collection: string;
  where?: Where;
}

/** The queries behind each collection of `YearData` (and the scheme), for one year. */
export function yearQueries(year: number): Record<YearCollection | 'scheme', YearQuery> {
  const lookback = Array.from({ length: MISREPORTING_LOOKBACK_YEARS + 1 }, (_, i) => year - i);
  const inputs = (collection: string): YearQuery => ({
    projection: assessmentInputsProjection,
    collection,
    where: { year },
  });
  return {
    units: { projection: unitsProjection, collection: 'units' },
    agreements: { projection: agreementsProjection, collection: 'agreements', where: { year } },
    taskScores: inputs('task_scores'),
    commendations: inputs('commendations'),
    finalization: inputs('years'),
    scheme: inputs('schemes'),
    incidents: {
      projection: incidentsProjection,
      collection: 'incidents',
      where: { year: { $in: lookback } },
    },
    hazards: {
      projection: hazardsProjection,
      collection: 'hazards',
      where: hazardsThatCountIn(year),
    },
    problems: {
      projection: supervisionProjection,
      collection: 'problems',
      where: problemsThatCountIn(year),
    },
    orders: {
      projection: supervisionProjection,
      collection: 'orders',
      where: ordersThatCountIn(year),
    },
    inspections: { projection: hazardsProjection, collection: 'inspections', where: { year } },
    penalties: { projection: enforcementProjection, collection: 'penalties', where: { year } },
    actions: { projection: enforcementProjection, collection: 'actions', where: { year } },
  };
}

/** The scheme in force for the year: the published one, else the default. */
export const schemeOf = (schemeDoc: SchemeDoc | null): AssessmentScheme =>
  schemeDoc?.scheme ?? DEFAULT_SCHEME;

/** A read in pages: how many documents each, and what to await between two pages. */
export interface Paging {
  size: number;
  between: () => Promise<void>;
}

/**
 * The documents `query` finds, in pages of `paging.size` in `_id` order, with `paging.between()`
 * awaited before each page after the first. Each page is read at its own moment.
 */
export async function* pagesOf<T extends { _id: string }>(
  source: DocumentSource,
  query: YearQuery,
  paging: Paging,
): AsyncGenerator<T[]> {
  const { projection, collection, where } = query;
  for (let after: string | null = null; ; await paging.between()) {
    const docs: T[] = await source.find<T>(projection, collection, {
      where: after === null ? where : { ...where, _id: { $gt: after } },
      sort: [['_id', 1]],
      limit: paging.size,
    });
    yield docs;
    if (docs.length < paging.size) return;
    after = docs[docs.length - 1]._id;
  }
}

/** Receives one collection's documents (or a page of them), in `_id` order. */
export type TakeDocuments = <C extends YearCollection>(
  collection: C,
  docs: readonly YearDocuments[C][],
) => void;

/**
 * Reads everything one year's assessment needs, collection by collection, and hands the documents
 * to `take` in `_id` order: each collection at once, or in pages (`pagesOf`), so that no read
 * holds the thread long. Answers the year's scheme document.
 */
export async function readYear(
  source: DocumentSource,
  year: number,
  take: TakeDocuments,
  paging?: Paging,
): Promise<SchemeDoc | null> {
  const queries = yearQueries(year);
  for (const collection of YEAR_COLLECTIONS) {
    const { projection, collection: name, where } = queries[collection];
    if (!paging) {
      take(collection, await source.find(projection, name, where ? { where } : {}));
      continue;
    }
    for await (const docs of pagesOf<YearDocuments[typeof collection]>(
      source,
      { projection, collection: name, where },
      paging,
    ))
      take(collection, docs);
  }
  const { projection, collection, where } = queries.scheme;
  const [schemeDoc = null] = await source.find<SchemeDoc>(projection, collection, { where });
  return schemeDoc;
}

/** Everything one year's assessment needs, from live or as-of read models. */
export async function loadYearData(source: DocumentSource, year: number): Promise<YearInputs> {
  const lists = new Map<YearCollection, unknown[]>();
  const schemeDoc = await readYear(source, year, (collection, docs) => {
    const list = lists.get(collection) ?? [];
    for (const doc of docs) list.push(doc);
    lists.set(collection, list);
  });
  const all = <C extends YearCollection>(collection: C) =>
    (lists.get(collection) ?? []) as YearDocuments[C][];
  const data: YearData = {
    year,
    units: all('units'),
    agreements: all('agreements'),
    taskScores: all('taskScores'),
    commendations: all('commendations'),
    finalization: all('finalization')[0] ?? null,
    incidents: all('incidents'),
    hazards: all('hazards'),
    problems: all('problems'),
    orders: all('orders'),
    penalties: all('penalties'),
    inspections: all('inspections'),
    actions: all('actions'),
  };
  return { data, scheme: schemeOf(schemeDoc), schemeDoc };
}
