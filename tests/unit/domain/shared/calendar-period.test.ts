import { calendarPeriodEnd, isPastPeriodEnd } from '../../../../src/domain/shared/time';

const cst = (local: string): string => new Date(`${local}+08:00`).toISOString();

describe('calendar-day periods (民法典 art. 201, in CST)', () => {
  it('ends at 24:00 CST of the N-th day after the date of occurrence', () => {
    expect(calendarPeriodEnd(cst('2025-03-10T09:00:00'), 30)).toBe(cst('2025-04-10T00:00:00'));
    expect(calendarPeriodEnd(cst('2025-03-10T09:00:00'), 60)).toBe(cst('2025-05-10T00:00:00'));
    expect(calendarPeriodEnd(cst('2025-03-10T09:00:00'), 1)).toBe(cst('2025-03-12T00:00:00'));
  });

  it('takes the date in CST, not in UTC', () => {
    // 2025-03-10 01:00 CST is still 2025-03-09 in UTC.
    expect(calendarPeriodEnd('2025-03-09T17:00:00.000Z', 30)).toBe(cst('2025-04-10T00:00:00'));
    expect(calendarPeriodEnd('2025-03-09T15:59:59.999Z', 30)).toBe(cst('2025-04-09T00:00:00'));
  });

  it('runs over month and year ends and leap days', () => {
    expect(calendarPeriodEnd(cst('2024-12-20T10:00:00'), 30)).toBe(cst('2025-01-20T00:00:00'));
    expect(calendarPeriodEnd(cst('2024-02-28T10:00:00'), 1)).toBe(cst('2024-03-01T00:00:00'));
  });

  it('day 30 at 23:59 CST is in time; day 31 at 00:00 CST is not', () => {
    const end = calendarPeriodEnd(cst('2025-03-10T09:00:00'), 30);
    expect(isPastPeriodEnd(cst('2025-04-09T23:59:00'), end)).toBe(false);
    expect(isPastPeriodEnd(cst('2025-04-09T23:59:59.999'), end)).toBe(false);
    expect(isPastPeriodEnd(cst('2025-04-10T00:00:00'), end)).toBe(true);
  });
});
