/** Business dates are judged in China Standard Time (UTC+8, no daylight saving). */
export const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

export const toMs = (iso: string): number => Date.parse(iso);

/** Normalises any ISO 8601 time with an offset to UTC `...Z` form. */
export const toUtcIso = (iso: string): string => new Date(iso).toISOString();

/** The assessment year (calendar year in CST) that an instant belongs to. */
export const cstYear = (iso: string): number =>
  new Date(toMs(iso) + CST_OFFSET_MS).getUTCFullYear();

/** `YYYY-MM` of the instant in CST. */
export const cstMonth = (iso: string): string =>
  new Date(toMs(iso) + CST_OFFSET_MS).toISOString().slice(0, 7);

/** `YYYY-MM-DD` of the instant in CST. */
export const cstDate = (iso: string): string =>
  new Date(toMs(iso) + CST_OFFSET_MS).toISOString().slice(0, 10);

/** The assessment window of a year: [start, end) as UTC instants (ms). */
export const yearWindow = (year: number): { startMs: number; endMs: number } => ({
  startMs: Date.UTC(year, 0, 1) - CST_OFFSET_MS,
  endMs: Date.UTC(year + 1, 0, 1) - CST_OFFSET_MS,
});

/** Adds calendar months in CST (used for "12 months" and "3 years" rules). */
export const addCstMonths = (iso: string, months: number): string => {
  const local = new Date(toMs(iso) + CST_OFFSET_MS);
  local.setUTCMonth(local.getUTCMonth() + months);
  return new Date(local.getTime() - CST_OFFSET_MS).toISOString();
};

/**
 * The end of a period of `days` calendar days counted from the day after the date (CST) of
 * `fromIso` (民法典 art. 201): 24:00 CST of the `days`-th day, i.e. the first instant outside it.
 */
export const calendarPeriodEnd = (fromIso: string, days: number): string => {
  const local = new Date(toMs(fromIso) + CST_OFFSET_MS);
  const endOfDay = Date.UTC(
    local.getUTCFullYear(),
    local.getUTCMonth(),
    local.getUTCDate() + days + 1,
  );
  return new Date(endOfDay - CST_OFFSET_MS).toISOString();
};

/** Whether `atIso` falls after a period ending at `endIso` (see `calendarPeriodEnd`). */
export const isPastPeriodEnd = (atIso: string, endIso: string): boolean =>
  toMs(atIso) >= toMs(endIso);
