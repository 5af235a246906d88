import type { PenaltyKind } from '../domain/enforcement';
import type { PlannedInspection } from './inspections';
import { PENALTY_BASIS } from './names';
import { round } from './numbers';
import type { Rng } from './prng';
import { DAY, officeTime } from './time';
import type { UnitInfo } from './units';

/** Which unit penalises which enterprise, and when. */
export interface PlannedPenalty {
  enterprise: UnitInfo;
  enforcer: UnitInfo;
  at: number;
}

/** Pre-incident penalties follow departments' inspections (检查发现问题 → 立案处罚). */
export function planPenalties(
  rng: Rng,
  last: number,
  inspections: readonly PlannedInspection[],
  mean: number,
): PlannedPenalty[] {
  const candidates = inspections.filter(
    (p) => p.inspecting.kind === 'department' && p.inspected.kind === 'enterprise',
  );
  if (candidates.length === 0) return [];
  const plans: PlannedPenalty[] = [];
  const total = rng.around(mean);
  for (let i = 0; i < total; i++) {
    const inspection = rng.pick(candidates);
    const at = officeTime(rng, inspection.at + 5 * DAY, inspection.at + 30 * DAY);
    if (at > last) continue;
    plans.push({ enterprise: inspection.inspected, enforcer: inspection.inspecting, at });
  }
  return plans;
}

export interface PenaltyTerms {
  kind: PenaltyKind;
  amountYuan?: number;
  basis: string;
}

/** What the penalty is: its kind (mostly fines), the amount within `amount` and its legal basis. */
export function penaltyTerms(
  rng: Rng,
  options: { kind?: PenaltyKind; amount?: readonly [number, number] } = {},
): PenaltyTerms {
  const kind =
    options.kind ??
    rng.weighted([
      ['fine', 80],
      ['warning', 10],
      ['suspension', 6],
      ['closure', 2],
      ['license_revocation', 2],
    ] as const);
  const [low, high] = options.amount ?? [10_000, 300_000];
  const amountYuan =
    kind === 'fine' || (kind === 'suspension' && rng.chance(0.5))
      ? round(rng.float(low, high), 1000)
      : undefined;
  return { kind, ...(amountYuan !== undefined && { amountYuan }), basis: rng.pick(PENALTY_BASIS) };
}
