import type { CommendationLevel } from '../domain/assessment';
import type { Rng } from './prng';
import { cstDay, officeTime } from './time';

const LEVELS: ReadonlyArray<readonly [CommendationLevel, number, string]> = [
  ['municipal', 6, '市级'],
  ['provincial', 3, '省级'],
  ['national', 1, '全国'],
];

export interface PlannedCommendation {
  level: CommendationLevel;
  reason: string;
  at: number;
}

/** A commendation (表彰) late in the year: mostly municipal, rarely national. */
export function planCommendation(rng: Rng, year: number): PlannedCommendation {
  const [level, , label] = rng.weighted(LEVELS.map((l) => [l, l[1]] as const));
  const at = officeTime(rng, cstDay(year, 10, 1), cstDay(year, 12, 20));
  return { level, reason: `安全生产工作成绩突出，获评${label}安全生产先进集体`, at };
}
