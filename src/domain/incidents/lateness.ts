import { HOUR_MS, toMs } from '../shared/time';
import type { MisreportingFinding } from './state';

const MINUTE_MS = 60 * 1000;

/** The unit must report within 1 hour of occurrence; exactly one hour is on time. */
export const isLateReport = (occurredAt: string, reportedAt: string): boolean =>
  toMs(reportedAt) - toMs(occurredAt) > HOUR_MS;

/** Whole minutes between occurrence and report, rounded up so a late report never reads as 60. */
export const reportDelayMinutes = (occurredAt: string, reportedAt: string): number =>
  Math.ceil((toMs(reportedAt) - toMs(occurredAt)) / MINUTE_MS);

/** A late report counts as a `late` misreporting finding established at `reportedAt`. */
export const automaticLateFinding = (
  occurredAt: string,
  reportedAt: string,
): MisreportingFinding => ({
  kind: 'late',
  establishedAt: reportedAt,
  detail: `reported ${reportDelayMinutes(occurredAt, reportedAt)} minutes after occurrence`,
  automatic: true,
});
