import type { AssessmentResult } from './result';

/** The lines of one unit's result that rest on an incident whose nature is still `pending`. */
export type ProvisionalResult = Pick<
  AssessmentResult,
  'unitId' | 'unitName' | 'items' | 'vetoReasons' | 'promotionBars'
>;

/** What the finalisation locks while still provisional: each unit with such lines, in order. */
export function provisionalResults(results: readonly AssessmentResult[]): ProvisionalResult[] {
  return results.flatMap((result) => {
    const items = result.items.filter((i) => i.provisional);
    const vetoReasons = result.vetoReasons.filter((v) => v.provisional);
    const promotionBars = result.promotionBars.filter((b) => b.provisional);
    if (items.length + vetoReasons.length + promotionBars.length === 0) return [];
    return [
      { unitId: result.unitId, unitName: result.unitName, items, vetoReasons, promotionBars },
    ];
  });
}
