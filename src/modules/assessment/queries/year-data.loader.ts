import { agreementsProjection, type AgreementDoc } from '../../../../projections/agreements';
import {
  assessmentInputsProjection,
  type CommendationDoc,
  type SchemeDoc,
  type TaskScoreDoc,
  type YearDoc,
} from '../../../../projections/assessment-inputs';
import {
  enforcementProjection,
  type ActionDoc,
  type PenaltyDoc,
} from '../../../../projections/enforcement';
import { hazardsProjection } from '../../../../projections/hazards';
import { incidentsProjection, type IncidentDoc } from '../../../../projections/incidents';
import type {
  HazardDocForFacts,
  InspectionDocForFacts,
  YearData,
} from '../../../../projections/queries/assessment-facts';
import { unitsProjection, type UnitDoc } from '../../../../projections/units';
import { DEFAULT_SCHEME, type AssessmentScheme } from '../../../domain/assessment/scheme';
import { MISREPORTING_LOOKBACK_YEARS } from '../../../domain/assessment/year-facts';
import type { DocumentSource } from '../../../infrastructure/projections/as-of-snapshot';

export interface YearInputs {
  data: YearData;
  scheme: AssessmentScheme;
  schemeDoc: SchemeDoc | null;
}

/** Reads everything one year's assessment needs, in a few queries, from live or as-of read models. */
export async function loadYearData(source: DocumentSource, year: number): Promise<YearInputs> {
  const lookback = Array.from({ length: MISREPORTING_LOOKBACK_YEARS + 1 }, (_, i) => year - i);
  const [
    units,
    agreements,
    taskScores,
    commendations,
    years,
    schemes,
    incidents,
    hazards,
    inspections,
    penalties,
    actions,
  ] = await Promise.all([
    source.find<UnitDoc>(unitsProjection, 'units'),
    source.find<AgreementDoc>(agreementsProjection, 'agreements', { where: { year } }),
    source.find<TaskScoreDoc>(assessmentInputsProjection, 'task_scores', { where: { year } }),
    source.find<CommendationDoc>(assessmentInputsProjection, 'commendations', { where: { year } }),
    source.find<YearDoc>(assessmentInputsProjection, 'years', { where: { year } }),
    source.find<SchemeDoc>(assessmentInputsProjection, 'schemes', { where: { year } }),
    source.find<IncidentDoc>(incidentsProjection, 'incidents', {
      where: { year: { $in: lookback } },
    }),
    source.find<HazardDocForFacts>(hazardsProjection, 'hazards', {
      where: { identifiedYear: year },
    }),
    source.find<InspectionDocForFacts>(hazardsProjection, 'inspections', { where: { year } }),
    source.find<PenaltyDoc>(enforcementProjection, 'penalties', { where: { year } }),
    source.find<ActionDoc>(enforcementProjection, 'actions', { where: { year } }),
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
      penalties,
      inspections,
      actions,
    },
    scheme: schemeDoc?.scheme ?? DEFAULT_SCHEME,
    schemeDoc,
  };
}
