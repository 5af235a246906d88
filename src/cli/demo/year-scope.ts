import type { Rng } from '../../world/prng';
import { DAY, yearBounds } from '../../world/time';
import type { DemoCommand } from './types';

/** The fixed "now" of every command context: the end of the year plus one day. */
export const demoNow = (year: number): Date => new Date(yearBounds(year).end + DAY);

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
