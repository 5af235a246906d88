import type { Industry, Post, UnitKind } from '../../domain/units';
import type { Rng } from '../../world/prng';
import type { DemoCommand } from './types';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const CST = 8 * HOUR;

/** `YYYY-MM-DDTHH:mm:00+08:00`: times are sent as an office in China would send them. */
export const cstIso = (ms: number): string =>
  `${new Date(Math.floor(ms / MINUTE) * MINUTE + CST).toISOString().slice(0, 19)}+08:00`;

/** Midnight CST of a calendar day, as a UTC instant. */
export const cstDay = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) - CST;

/** The assessment window of the year: [start, end) in CST. */
export const yearBounds = (year: number): { start: number; end: number } => ({
  start: cstDay(year, 1, 1),
  end: cstDay(year + 1, 1, 1),
});

/** The fixed "now" of every command context: the end of the year plus one day. */
export const demoNow = (year: number): Date => new Date(yearBounds(year).end + DAY);

const MONTH_WEIGHTS = [0.6, 0.5, 1.1, 1.1, 1.2, 1.2, 0.9, 0.9, 1.2, 1.1, 1.2, 0.9];

/** The CST weekday of an instant (0 Sunday). */
const weekday = (ms: number): number => new Date(ms + CST).getUTCDay();

/** A time during office hours (08:30–17:30 CST) of a weekday within [from, to], if there is one. */
export function officeTime(rng: Rng, from: number, to: number): number {
  if (to <= from) return from;
  for (let attempt = 0; attempt < 12; attempt++) {
    const day = Math.floor((rng.float(from, to) + CST) / DAY) * DAY - CST;
    const at = day + 8.5 * HOUR + rng.int(0, 9 * 60) * MINUTE;
    if (at >= from && at <= to && weekday(at) !== 0 && weekday(at) !== 6) return at;
  }
  return Math.floor(rng.float(from, to));
}

/** An office-hours time of the year, busier in the campaign months, calmer around Spring Festival. */
export function seasonalTime(rng: Rng, year: number, latest: number): number {
  for (;;) {
    const month = rng.weighted(MONTH_WEIGHTS.map((w, i) => [i + 1, w] as const));
    const from = cstDay(year, month, 1);
    const to = Math.min(month === 12 ? cstDay(year + 1, 1, 1) : cstDay(year, month + 1, 1), latest);
    if (to > from) return officeTime(rng, from, to);
  }
}

export interface Holding {
  personId: string;
  personName: string;
  from: number;
  to?: number;
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
  /** GDP of the year in 100 million yuan (towns and districts). */
  gdp?: number;
}

export function holderAt(unit: UnitInfo, post: Post, at: number): Holding | undefined {
  return unit.posts[post]?.find((h) => h.from <= at && (h.to === undefined || at < h.to));
}

export function requireHolder(unit: UnitInfo, post: Post, at: number): Holding {
  const holder = holderAt(unit, post, at);
  if (!holder) throw new Error(`demo: nobody holds ${post} in ${unit.id} at ${cstIso(at)}`);
  return holder;
}

/** The commands of a part of the demo with the business time each happens at. */
export class Timeline {
  private readonly entries: Array<{ at: number; seq: number; command: DemoCommand }> = [];

  add(at: number, command: DemoCommand): void {
    this.entries.push({ at, seq: this.entries.length, command });
  }

  /** In time order; commands at the same time keep the order they were added in. */
  sorted(): DemoCommand[] {
    return [...this.entries]
      .sort((a, b) => a.at - b.at || a.seq - b.seq)
      .map((entry) => entry.command);
  }
}

/** What every part of a year's generation shares. */
export interface YearScope {
  year: number;
  rng: Rng;
  /** Window start and the last instant anything may happen at (before the year's end). */
  start: number;
  last: number;
  timeline: Timeline;
  /** Prefix of record ids of this part (district or city id). */
  prefix: string;
  counters: Map<string, number>;
}

export function nextId(scope: YearScope, kind: string, width = 5): string {
  const n = (scope.counters.get(kind) ?? 0) + 1;
  scope.counters.set(kind, n);
  return `${kind}-${scope.prefix}-${String(n).padStart(width, '0')}`;
}

export const round = (value: number, step: number): number => Math.round(value / step) * step;
