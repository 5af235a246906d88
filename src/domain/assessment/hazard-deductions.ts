import { roundPercentage } from './display';
import { deduction, type OutcomeRules } from './deduction';
import type { EventRef, HazardFact } from './facts';
import { isOverdueAt, overdueEvents, type RectificationRate } from './hazard-status';
import { capped, exceeds } from './points';
import type { ExplanationItem } from './result';
import type { CappedDeduction } from './scheme';

/** One line per level: `each` per overdue hazard, at most `cap` in all. */
function overdueDeduction(
  rule: string,
  levelLabel: string,
  rate: CappedDeduction,
  overdue: readonly HazardFact[],
  referenceMs: number,
): ExplanationItem[] {
  if (overdue.length === 0) return [];
  const amount = capped(rate.each * overdue.length, rate.cap);
  const cap = rate.cap === null ? '' : `，封顶 ${rate.cap}`;
  return [
    deduction(
      rule,
      `逾期未整改${levelLabel} ${overdue.length} 项 × ${rate.each}${cap}`,
      amount,
      overdue.reduce<EventRef[]>((events, h) => {
        events.push(...overdueEvents(h, referenceMs));
        return events;
      }, []),
    ),
  ];
}

/** Overdue hazards at the reference, major and general, each level with its own rate and cap. */
export function overdueDeductions(
  outcomes: OutcomeRules,
  hazards: readonly HazardFact[],
  referenceMs: number,
): ExplanationItem[] {
  const overdue = hazards.filter((h) => isOverdueAt(h, referenceMs));
  return [
    ...overdueDeduction(
      'overdue_major_hazards',
      '重大隐患',
      outcomes.overdueMajorHazard,
      overdue.filter((h) => h.level === 'major'),
      referenceMs,
    ),
    ...overdueDeduction(
      'overdue_general_hazards',
      '一般隐患',
      outcomes.overdueGeneralHazard,
      overdue.filter((h) => h.level === 'general'),
      referenceMs,
    ),
  ];
}

/** Below the threshold: `perPoint` per percentage point short, on the unrounded rate, capped. */
export function rateDeduction(
  outcomes: OutcomeRules,
  rectification: RectificationRate,
): ExplanationItem[] {
  const { threshold, perPoint, cap } = outcomes.rectificationRate;
  if (!exceeds(threshold, rectification.rate)) return [];
  const amount = capped((threshold - rectification.rate) * perPoint, cap);
  const capLabel = cap === null ? '' : `，封顶 ${cap}`;
  return [
    deduction(
      'rectification_rate',
      `隐患整改率 ${roundPercentage(rectification.rate).toFixed(1)}%（${rectification.rectified}/${rectification.identified}）低于 ${threshold}%：每差 1 个百分点扣 ${perPoint}${capLabel}`,
      amount,
      rectification.pendingEvents,
    ),
  ];
}
