import type { RestingCorrection } from '../../domain/assessment/corrections';
import {
  type AssessmentResultView,
  type AwardDisqualificationView,
  type LeagueTableRow,
  type PromotionBarView,
  toAssessmentResultView,
  toAwardDisqualificationView,
  toLeagueTableRow,
  toPromotionBarView,
} from '../../domain/assessment/views';
import type { PostFinalizationChange, UnitAssessment, YearAssessment } from './queries/year-answer';

/**
 * `GET /assessments/:year` (考核排名), and what `safety assessment --format json` prints: the
 * league table, by kind then rank.
 */
export interface LeagueTableView {
  year: number;
  finalized: boolean;
  finalizedAt: string | null;
  /** The `asOf` the answer was read at; `null` for the current record. */
  asOf: string | null;
  units: LeagueTableRow[];
  /** Once finalised: what would change each unit's frozen result, with the events behind it. */
  postFinalizationChanges: PostFinalizationChange[];
}

/** `GET /assessments/:year/units/:unitId`: the unit's result explained, with its year's status. */
export interface UnitAssessmentView extends AssessmentResultView {
  /** Among the assessed units of its kind; absent for a unit the year does not assess. */
  rank?: number;
  /** The applied corrections (四眼原则) of the incidents the result names. */
  corrections: RestingCorrection[];
  asOf: string | null;
  postFinalizationChanges: PostFinalizationChange[];
}

/** The league table of the year's answer; `kind` keeps only the units of that kind. */
export const toLeagueTableView = (answer: YearAssessment, kind?: string): LeagueTableView => ({
  year: answer.year,
  finalized: answer.finalized,
  finalizedAt: answer.finalizedAt,
  asOf: answer.asOf,
  units: answer.results.filter((r) => !kind || r.unitKind === kind).map(toLeagueTableRow),
  postFinalizationChanges: answer.postFinalizationChanges,
});

export const toUnitAssessmentView = (
  { result, ...answer }: UnitAssessment,
  corrections: RestingCorrection[],
): UnitAssessmentView => ({ ...toAssessmentResultView(result), ...answer, corrections });

/** `GET /assessments/:year/promotion-bars`: every person barred, unit by unit in league order. */
export const toPromotionBarsView = (answer: YearAssessment): PromotionBarView[] =>
  answer.results.flatMap((r) => r.promotionBars.map(toPromotionBarView));

/** `GET /assessments/:year/award-disqualifications`: the units disqualified, in league order. */
export const toAwardDisqualificationsView = (answer: YearAssessment): AwardDisqualificationView[] =>
  answer.results.filter((r) => r.awardDisqualified).map(toAwardDisqualificationView);
