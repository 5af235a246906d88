import type { Industry, Post, UnitKind } from '../domain/units';
import { personName } from './names';
import type { Rng } from './prng';
import { cstIso } from './time';

/** A person in a post of a unit from `from` until `to` (open when absent). */
export interface Holding {
  personId: string;
  personName: string;
  from: number;
  to?: number;
}

/** What a town or district records for a year (GDP in 100 million yuan). */
export interface UnitStatistics {
  year: number;
  gdp100mYuan: number;
  industrialEmployees: number;
  motorVehicles: number;
  coalOutputMt?: number;
}

export interface UnitInfo {
  id: string;
  name: string;
  kind: UnitKind;
  parentId?: string;
  industry?: Industry;
  regulated?: readonly Industry[];
  /** Short form for case numbers (区/部门简称). */
  short: string;
  /** Enterprises: signs an agreement and runs self-inspections. */
  key?: boolean;
  /** Probability that a hazard of this unit is rectified in the year (towns and enterprises). */
  quality: number;
  /** The town an enterprise belongs to (itself for a town). */
  townId?: string;
  posts: Partial<Record<Post, Holding[]>>;
  persons: number;
  /** Towns and districts. */
  statistics?: UnitStatistics;
}

/** A person put into a post: who, where, and the industries a deputy oversees (一岗双责). */
export interface Appointment {
  unit: UnitInfo;
  post: Post;
  holding: Holding;
  portfolioIndustries?: readonly Industry[];
}

/** What registering the unit records: who it is, where it stands, its industries. */
export const registration = (unit: UnitInfo) => ({
  id: unit.id,
  name: unit.name,
  kind: unit.kind,
  ...(unit.parentId !== undefined && { parentId: unit.parentId }),
  ...(unit.industry !== undefined && { industry: unit.industry }),
  ...(unit.regulated !== undefined && { regulatedIndustries: [...unit.regulated] }),
});

export function holderAt(unit: UnitInfo, post: Post, at: number): Holding | undefined {
  return unit.posts[post]?.find((h) => h.from <= at && (h.to === undefined || at < h.to));
}

export function requireHolder(unit: UnitInfo, post: Post, at: number): Holding {
  const holder = holderAt(unit, post, at);
  if (!holder) throw new Error(`world: nobody holds ${post} in ${unit.id} at ${cstIso(at)}`);
  return holder;
}

/** A new person, named by `rng`, in a post of the unit from `from` (recorded in the unit). */
export function appoint(
  unit: UnitInfo,
  post: Post,
  from: number,
  rng: Rng,
  portfolioIndustries?: readonly Industry[],
): Appointment {
  unit.persons += 1;
  const holding = { personId: `${unit.id}-P${unit.persons}`, personName: personName(rng), from };
  (unit.posts[post] ??= []).push(holding);
  return { unit, post, holding, ...(portfolioIndustries && { portfolioIndustries }) };
}

/** A change of post holder (换届、调整): the appointment held at `at` ends and a new person starts. */
export interface PostChange {
  ended: Holding;
  appointment: Appointment;
}

/** Nothing changes when nobody holds the post at `at`. */
export function changePost(
  unit: UnitInfo,
  post: Post,
  at: number,
  rng: Rng,
): PostChange | undefined {
  const ended = holderAt(unit, post, at);
  if (!ended) return undefined;
  ended.to = at;
  return { ended, appointment: appoint(unit, post, at, rng) };
}
