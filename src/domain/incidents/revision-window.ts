import { DAY_MS, toMs } from '../shared/time';

const SHORT_WINDOW_INDUSTRIES: readonly string[] = ['road_traffic', 'fire'];

/** 补报 is normal within 30 days of occurrence, 7 days for road traffic and fire. */
export const revisionWindowDays = (industry: string): number =>
  SHORT_WINDOW_INDUSTRIES.includes(industry) ? 7 : 30;

export const revisionWindowEnd = (occurredAt: string, industry: string): string =>
  new Date(toMs(occurredAt) + revisionWindowDays(industry) * DAY_MS).toISOString();

export const isRevisedAfterWindow = (
  occurredAt: string,
  industry: string,
  revisedAt: string,
): boolean => toMs(revisedAt) > toMs(revisionWindowEnd(occurredAt, industry));
