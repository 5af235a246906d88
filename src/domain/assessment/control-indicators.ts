import { isNaturePending } from '../incidents/nature';
import {
  CONTROL_INDICATOR_LABELS,
  CONTROL_INDICATORS,
  type ControlIndicator,
  type ControlIndicators,
} from '../agreements/indicators';
import { gradeAtLeast } from '../incidents/grading';
import { INDUSTRIAL_AND_TRADE_INDUSTRIES } from '../units/codes';
import type { UnitStatistics } from '../units/state';
import type { EventRef, IncidentFact, StatisticsFact } from './facts';
import { exceeds, uniqueRefs } from './points';
import type { ControlIndicatorResult } from './result';

/** 工矿商贸: the industries `industrialDeathsPer100k` counts (see `units/codes`). */
export { INDUSTRIAL_AND_TRADE_INDUSTRIES };
/** How an indicator measures one incident, summed over the incidents of the year. */
interface Measure {
  /** What one incident adds to the running total. */
  readonly contribution: (incident: IncidentFact) => number;
  /** Turns the total into the indicator's value; `null` when the statistic is missing or zero. */
  readonly value: (total: number, statistics: UnitStatistics | null) => number | null;
  readonly usesStatistics: boolean;
}

const count = (contribution: (incident: IncidentFact) => number): Measure => ({
  contribution,
  value: (total) => total,
  usesStatistics: false,
});

const rate = (
  contribution: (incident: IncidentFact) => number,
  statistic: keyof UnitStatistics,
  per: number,
): Measure => ({
  contribution,
  value: (total, statistics) => {
    const base = statistics?.[statistic];
    return base === undefined || base <= 0 ? null : (total / base) * per;
  },
  usesStatistics: true,
});

const deathsIn =
  (industries: readonly string[]) =>
  (incident: IncidentFact): number =>
    industries.includes(incident.industry) ? incident.deaths : 0;

/** DOMAIN "Control indicator rates": GDP in 100 million yuan, coal output in million tonnes. */
const MEASURES: Readonly<Record<ControlIndicator, Measure>> = {
  maxAccidents: count(() => 1),
  maxDeaths: count((i) => i.deaths),
  maxLargerAccidents: count((i) => (gradeAtLeast(i.grade, 'larger') ? 1 : 0)),
  maxDeathsPer100mGdp: rate((i) => i.deaths, 'gdp100mYuan', 1),
  maxIndustrialDeathsPer100k: rate(
    deathsIn(INDUSTRIAL_AND_TRADE_INDUSTRIES),
    'industrialEmployees',
    100_000,
  ),
  maxRoadDeathsPer10kVehicles: rate(deathsIn(['road_traffic']), 'motorVehicles', 10_000),
  maxCoalDeathsPerMt: rate(deathsIn(['coal_mine']), 'coalOutputMt', 1),
};

/**
 * Every indicator the agreement caps, measured over the incidents of the year (in `occurredAt`
 * order). Exceeded means above the cap. The incident that pushed it past the cap is the first
 * one after which the running value is above the cap. A breach is provisional when, without the
 * `pending` incidents, it would not happen or another incident would push it past the cap
 * (contributions are never negative, so leaving out all of them at once is the test for any).
 */
export function checkControlIndicators(
  caps: ControlIndicators,
  incidents: readonly IncidentFact[],
  statistics: StatisticsFact | null,
): ControlIndicatorResult[] {
  return CONTROL_INDICATORS.flatMap((indicator) => {
    const cap = caps[indicator];
    return cap === undefined ? [] : [check(indicator, cap, incidents, statistics)];
  });
}

interface Run {
  readonly total: number;
  readonly counted: readonly IncidentFact[];
  readonly pushedPastCapBy: IncidentFact | null;
}

function run(
  measure: Measure,
  cap: number,
  incidents: readonly IncidentFact[],
  statistics: StatisticsFact | null,
): Run {
  let total = 0;
  let pushedPastCapBy: IncidentFact | null = null;
  const counted: IncidentFact[] = [];
  for (const incident of incidents) {
    const contribution = measure.contribution(incident);
    if (contribution <= 0) continue;
    counted.push(incident);
    total += contribution;
    const value = measure.value(total, statistics);
    if (pushedPastCapBy === null && value !== null && exceeds(value, cap)) {
      pushedPastCapBy = incident;
    }
  }
  return { total, counted, pushedPastCapBy };
}

function check(
  indicator: ControlIndicator,
  cap: number,
  incidents: readonly IncidentFact[],
  statistics: StatisticsFact | null,
): ControlIndicatorResult {
  const measure = MEASURES[indicator];
  const { total, counted, pushedPastCapBy } = run(measure, cap, incidents, statistics);
  const pending = counted.some((i) => isNaturePending(i.nature));
  const provisional =
    pushedPastCapBy !== null &&
    pending &&
    run(
      measure,
      cap,
      incidents.filter((i) => !isNaturePending(i.nature)),
      statistics,
    ).pushedPastCapBy !== pushedPastCapBy;
  const events: EventRef[] = counted.flatMap((i) => i.events);
  if (measure.usesStatistics && statistics) events.push(...statistics.events);
  return {
    indicator,
    label: CONTROL_INDICATOR_LABELS[indicator],
    cap,
    actual: measure.value(total, statistics),
    exceeded: pushedPastCapBy !== null,
    events: uniqueRefs(events),
    provisional,
    pushedPastCapBy: pushedPastCapBy && {
      incidentId: pushedPastCapBy.id,
      events: uniqueRefs(pushedPastCapBy.events),
    },
  };
}
