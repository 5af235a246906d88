import type { UnitKind } from '../units/codes';
import { POINT_TOLERANCE } from './points';

export interface Rankable {
  readonly unitId: string;
  readonly unitKind: UnitKind;
  readonly score: number;
  readonly vetoed: boolean;
}

export type Ranked<T extends Rankable> = T & { readonly rank: number };

const sameScore = (a: Rankable, b: Rankable): boolean =>
  a.vetoed === b.vetoed && Math.abs(a.score - b.score) <= POINT_TOLERANCE;

/** Not vetoed first, each group by score (highest first); equal scores by unit id for a stable order. */
const compare = (a: Rankable, b: Rankable): number => {
  if (a.vetoed !== b.vetoed) return a.vetoed ? 1 : -1;
  if (!sameScore(a, b)) return b.score - a.score;
  return a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0;
};

/**
 * Ranks within each unit kind (DOMAIN "Ranking"): units not vetoed first by score, then vetoed
 * units by score. Competition ranking ("1, 2, 2, 4"): units with the same score (exact points,
 * within floating-point noise) and the same veto status share a rank and the next rank skips.
 * Returns the units grouped by kind (kinds in order of first appearance), each group in rank order.
 */
export function rank<T extends Rankable>(results: readonly T[]): Ranked<T>[] {
  const kinds = [...new Set(results.map((r) => r.unitKind))];
  return kinds.flatMap((kind) => {
    const sorted = results.filter((r) => r.unitKind === kind).sort(compare);
    const ranks: number[] = [];
    sorted.forEach((r, i) => {
      ranks.push(i > 0 && sameScore(sorted[i - 1], r) ? ranks[i - 1] : i + 1);
    });
    // Object.assign, not a spread: V8 clones slowly when a spread adds a member the source lacks.
    return sorted.map((r, i): Ranked<T> => Object.assign({}, r, { rank: ranks[i] }));
  });
}
