import { toMs } from '../shared/time';
import { type Industry, PORTFOLIO_POSTS, type Post } from './codes';
import type { Appointment, Unit, UnitStatistics } from './state';

const heldAt = (appointment: Appointment, atMs: number): boolean =>
  toMs(appointment.from) <= atMs && (appointment.to === undefined || atMs < toMs(appointment.to));

/** Who held `post` at the instant `atIso`: from ≤ at < to. */
export function holdersAt(unit: Unit, post: Post, atIso: string): Appointment[] {
  const atMs = toMs(atIso);
  return unit.appointments.filter((a) => a.post === post && heldAt(a, atMs));
}

export function holdsPostAt(unit: Unit, personId: string, post: Post, atIso: string): boolean {
  return holdersAt(unit, post, atIso).some((a) => a.personId === personId);
}

/** 一岗双责: a deputy answers for safety in the industries of their portfolio. */
export const coversIndustry = (
  holder: { readonly post: Post; readonly portfolioIndustries?: readonly Industry[] },
  industry: Industry,
): boolean =>
  PORTFOLIO_POSTS.includes(holder.post) && (holder.portfolioIndustries ?? []).includes(industry);

/** Whether the person holds or ever held a post in the unit. */
export function everHeldPost(unit: Unit, personId: string): boolean {
  return unit.appointments.some((a) => a.personId === personId);
}

/** A unit without `establishedAt` has always existed. */
export function existedAt(unit: Unit, atIso: string): boolean {
  return unit.establishedAt === undefined || toMs(unit.establishedAt) <= toMs(atIso);
}

export function statisticsOf(unit: Unit, year: number): UnitStatistics | undefined {
  return unit.statistics[year];
}
