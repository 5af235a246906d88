import { labelOf } from '../shared/labels';
import type { AssessmentScheme } from './scheme';
import type { CommendationFact } from './facts';
import { exceeds, sum, uniqueRefs } from './points';
import type { ExplanationItem } from './result';

export interface BonusSection {
  readonly points: number;
  readonly items: readonly ExplanationItem[];
}

/**
 * Section 3 (加分): each commendation adds its level's points; beyond the cap a negative
 * `bonus_cap` item names the commendations it trims, so that the items add up to the section.
 */
export function scoreBonus(
  scheme: AssessmentScheme,
  commendations: readonly CommendationFact[],
): BonusSection {
  const items: ExplanationItem[] = commendations.map((c) => ({
    section: 'bonus',
    rule: 'commendation',
    label: `${labelOf('commendationLevel', c.level)}表彰`,
    points: scheme.bonus.commendations[c.level],
    provisional: false,
    events: [{ streamId: c.event.streamId, eventId: c.event.eventId }],
  }));
  const total = sum(items.map((i) => i.points));
  const { cap } = scheme.bonus;
  if (!exceeds(total, cap)) return { points: total, items };
  const trim: ExplanationItem = {
    section: 'bonus',
    rule: 'bonus_cap',
    label: `加分封顶 ${cap} 分`,
    points: cap - total,
    provisional: false,
    events: uniqueRefs(items.flatMap((i) => i.events)),
  };
  return { points: cap, items: [...items, trim] };
}
