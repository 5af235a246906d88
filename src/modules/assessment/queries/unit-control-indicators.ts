import { checkControlIndicators } from '../../../domain/assessment/control-indicators';
import { exceeds } from '../../../domain/assessment/points';
import { yearFacts } from '../../../domain/assessment/year-facts';
import { CONTROL_INDICATORS } from '../../../domain/agreements/indicators';
import type { YearView } from './live-year';

/**
 * Every control indicator of a unit for the year (counts, and rates from the recorded
 * statistics), with the agreement's caps where it sets them; null for a unit the year lacks.
 */
export function unitControlIndicators(view: YearView, year: number, unitId: string) {
  if (!view.index.hasUnit(unitId)) return null;
  const facts = view.facts.of(unitId);
  const caps = facts.agreement?.controlIndicators ?? {};
  const measured = checkControlIndicators(
    Object.fromEntries(
      CONTROL_INDICATORS.map((indicator) => [indicator, Number.POSITIVE_INFINITY]),
    ),
    yearFacts(facts).incidents,
    facts.statistics,
  );
  return {
    unitId,
    year,
    statistics: facts.statistics,
    indicators: measured.map(
      ({
        pushedPastCapBy: _unused,
        cap: _none,
        exceeded: _never,
        provisional: _uncapped,
        ...indicator
      }) => {
        const cap = caps[indicator.indicator];
        return {
          ...indicator,
          cap: cap ?? null,
          // As the assessment judges it (`exceeds`: floating-point noise at the cap is not above it).
          exceeded:
            cap !== undefined && indicator.actual !== null && exceeds(indicator.actual, cap),
        };
      },
    ),
  };
}

export type UnitControlIndicators = NonNullable<ReturnType<typeof unitControlIndicators>>;
