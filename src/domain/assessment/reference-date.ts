import { toMs, yearWindow } from '../shared/time';

/**
 * The reference date of a year's assessment (DOMAIN "Reference date"): the end of the CST
 * window (its last millisecond), or the reading time (now, or `asOf`) if earlier.
 */
export function referenceDate(year: number, readingTime: string): string {
  const lastMs = yearWindow(year).endMs - 1;
  return new Date(Math.min(lastMs, toMs(readingTime))).toISOString();
}
