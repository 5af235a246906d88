import { calendarPeriodEnd, isPastPeriodEnd } from '../shared/time';

const SHORT_WINDOW_INDUSTRIES: readonly string[] = ['road_traffic', 'fire'];

/** 补报 is normal within 30 calendar days of occurrence, 7 for road traffic and fire. */
export const revisionWindowDays = (industry: string): number =>
  SHORT_WINDOW_INDUSTRIES.includes(industry) ? 7 : 30;

/** 24:00 CST of the last day of the window (民法典 art. 201). */
export const revisionWindowEnd = (occurredAt: string, industry: string): string =>
  calendarPeriodEnd(occurredAt, revisionWindowDays(industry));

export const isRevisedAfterWindow = (
  occurredAt: string,
  industry: string,
  revisedAt: string,
): boolean => isPastPeriodEnd(revisedAt, revisionWindowEnd(occurredAt, industry));
