import type { Rng } from './prng';

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
