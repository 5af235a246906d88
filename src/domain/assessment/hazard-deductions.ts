import { labelOf } from '../shared/labels';
import { roundPercentage } from './display';
import { deduction, type OutcomeRules } from './deduction';
import type { EventRef, HazardFact } from './facts';
import {
  type HazardsAt,
  markedExtensionInForce,
  overdueEvents,
  type RectificationRate,
} from './hazard-status';
import { capped, exceeds } from './points';
import type { ExplanationItem, MarkedExtension } from './result';
import type { CappedDeduction } from './scheme';

const withMarks = <T extends object>(item: T, marks: readonly MarkedExtension[]) =>
  marks.length === 0 ? item : { ...item, markedExtensions: marks };

/** One line per level: `each` per overdue hazard, at most `cap` in all. */
function overdueDeduction(
  rule: string,
  levelLabel: string,
  rate: CappedDeduction,
  overdue: readonly HazardFact[],
  carriedOver: ReadonlySet<HazardFact>,
  referenceMs: number,
): ExplanationItem[] {
  if (overdue.length === 0) return [];
  const amount = capped(rate.each * overdue.length, rate.cap);
  const cap = rate.cap === null ? '' : `，封顶 ${rate.cap}`;
  const old = overdue.filter((h) => carriedOver.has(h)).length;
  const oldLabel = old === 0 ? '' : `（其中跨年未整改 ${old} 项）`;
  const marks = overdue.flatMap((h) => markedExtensionInForce(h, referenceMs) ?? []);
  return [
    withMarks(
      deduction(
        rule,
        `逾期未整改${levelLabel} ${overdue.length} 项${oldLabel} × ${rate.each}${cap}`,
        amount,
        overdue.reduce<EventRef[]>((events, h) => {
          events.push(...overdueEvents(h, referenceMs));
          return events;
        }, []),
      ),
      marks,
    ),
  ];
}

/** One 0-point line per hazard kept from being overdue by a backdated or late extension. */
function avertedByMarkedExtensions(averted: HazardsAt['averted']): ExplanationItem[] {
  return averted.map(({ hazard, marks }) => {
    const kinds = [
      marks.some((m) => m.backdated) ? '补录（记录晚于延期时间一日以上）' : '',
      marks.some((m) => m.late) ? '逾期后延期（旧版本记录）' : '',
    ]
      .filter((kind) => kind !== '')
      .join('、');
    return {
      ...deduction(
        'overdue_averted_by_marked_extension',
        `隐患 ${hazard.id} 未计逾期，所依据的延期为${kinds}，请复核`,
        0,
        [hazard.event, ...marks.map((m) => m.event)],
      ),
      points: 0,
      markedExtensions: marks,
    };
  });
}

/** Overdue hazards at the reference, major and general, each level with its own rate and cap. */
export function overdueDeductions(
  outcomes: OutcomeRules,
  hazards: HazardsAt,
  referenceMs: number,
): ExplanationItem[] {
  const { overdue, carriedOver } = hazards;
  return [
    ...avertedByMarkedExtensions(hazards.averted),
    ...overdueDeduction(
      'overdue_major_hazards',
      labelOf('hazardLevel', 'major'),
      outcomes.overdueMajorHazard,
      overdue.filter((h) => h.level === 'major'),
      carriedOver,
      referenceMs,
    ),
    ...overdueDeduction(
      'overdue_general_hazards',
      labelOf('hazardLevel', 'general'),
      outcomes.overdueGeneralHazard,
      overdue.filter((h) => h.level === 'general'),
      carriedOver,
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
