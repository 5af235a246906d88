import { isIsoDateTimeWithOffset } from '../../../src/modules/shared/validators';
import { YearPipe } from '../../../src/modules/shared/year.pipe';

describe('an ISO 8601 time with an offset', () => {
  it.each([
    '2025-03-02T08:30:00+08:00',
    '2025-03-02T08:30Z',
    '2025-03-02T08:30:00.123456789Z',
    '2024-02-29T00:00:00Z',
    '1949-01-01T00:00:00+14:00',
    '2100-12-31T23:59:59-12:00',
    '2025-01-01T00:00:00+13:59',
    '2025-01-01T00:00:00-00:00',
    '2025-01-01T00:00:00+05:45',
  ])('accepts %s', (time) => expect(isIsoDateTimeWithOffset(time)).toBe(true));

  it.each([
    ['year 0000', '0000-01-01T00:00:00Z'],
    ['a year before 1949', '1948-12-31T23:59:59Z'],
    ['a year after 2100', '2101-01-01T00:00:00Z'],
    ['an extended year', '+002025-01-01T00:00:00Z'],
    ['offset hours over 14', '2025-01-01T00:00:00+15:00'],
    ['offset +14:01', '2025-01-01T00:00:00+14:01'],
    ['offset +23:59', '2025-01-01T00:00:00+23:59'],
    ['offset minutes 60', '2025-01-01T00:00:00+08:60'],
    ['an offset without a colon', '2025-01-01T00:00:00+0800'],
    ['no offset', '2025-01-01T00:00:00'],
    ['30 February', '2025-02-30T00:00:00Z'],
    ['29 February of a common year', '2100-02-29T00:00:00Z'],
    ['31 April', '2025-04-31T00:00:00Z'],
    ['hour 24', '2025-01-01T24:00:00Z'],
    ['second 60', '2025-01-01T23:59:60Z'],
    ['a date alone', '2025-01-01'],
    ['a number', 1735689600000],
  ])('refuses %s', (_, time) => expect(isIsoDateTimeWithOffset(time)).toBe(false));
});

describe('a year in a path', () => {
  const pipe = new YearPipe();

  it.each(['2000', '2025', '2100'])('accepts %s', (year) =>
    expect(pipe.transform(year)).toBe(Number(year)),
  );

  it.each(['0000', '1999', '2101', '20250', '+2025', '2025.0', '0x7e9', ' 2025', '', 2025])(
    'refuses %p',
    (year) => expect(() => pipe.transform(year)).toThrow('The year is invalid.'),
  );
});
