import { ALL_PROJECTIONS } from '../../../../projections';
import { agreementsProjection, type AgreementDoc } from '../../../../projections/agreements';
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
import type {
  YearCollection,
  YearData,
  YearDocuments,
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

/** Reads everything one year's assessment needs, in a few queries, from live or as-of read models. */
export async function loadYearData(source: DocumentSource, year: number): Promise<YearInputs> {
  const queries = yearQueries(year);
  const read = <T extends { _id: string }>(query: YearQuery) =>
    source.find<T>(query.projection, query.collection, query.where ? { where: query.where } : {});
  const one = <C extends YearCollection>(collection: C) =>
    read<YearDocuments[C]>(queries[collection]);
  const [
    units,
    agreements,
    taskScores,
    commendations,
    years,
    schemes,
    incidents,
    hazards,
    problems,
    orders,
    inspections,
    penalties,
    actions,
  ] = await Promise.all([
    one('units'),
    read<AgreementDoc>(queries.agreements),
    one('taskScores'),
    one('commendations'),
    one('finalization'),
    read<SchemeDoc>(queries.scheme),
    one('incidents'),
    one('hazards'),
    one('problems'),
    one('orders'),
    one('inspections'),
    one('penalties'),
    one('actions'),
  ]);
  const schemeDoc = schemes[0] ?? null;
  return {
    data: {
      year,
      units,
      agreements,
      taskScores,
      commendations,
      finalization: years[0] ?? null,
      incidents,
      hazards,
      problems,
      orders,
      penalties,
      inspections,
      actions,
    },
    scheme: schemeOf(schemeDoc),
    schemeDoc,
  };
}
