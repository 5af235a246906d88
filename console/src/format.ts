/** Business dates are read in China Standard Time, whatever the browser's time zone. */
const CST = 'Asia/Shanghai';
const CST_OFFSET_MS = 8 * 3600_000;

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: CST,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const dateOnly = new Intl.DateTimeFormat('zh-CN', {
  timeZone: CST,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export const formatDateTime = (iso: string | null | undefined): string =>
  iso ? dateTime.format(new Date(iso)) : '—';
export const formatDate = (iso: string | null | undefined): string =>
  iso ? dateOnly.format(new Date(iso)) : '—';

/** `YYYY-MM-DD` (a CST calendar day) → the last millisecond of that day, ISO UTC. */
export function endOfCstDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1) - CST_OFFSET_MS - 1).toISOString();
}

/** `YYYY-MM-DD` (a CST calendar day) → its first instant, ISO UTC. */
export function startOfCstDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - CST_OFFSET_MS).toISOString();
}

/** The CST calendar day of an instant, `YYYY-MM-DD`. */
export const cstDay = (iso: string | number | Date): string =>
  new Date(new Date(iso).getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);

export const cstYear = (at: Date = new Date()): number => Number(cstDay(at).slice(0, 4));

/** Points as the service gives them, with a sign for items. */
export const points = (value: number, signed = false): string =>
  `${signed && value > 0 ? '+' : ''}${Number(value.toFixed(2))}`;

export const percent = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : `${value.toFixed(1)}%`;
