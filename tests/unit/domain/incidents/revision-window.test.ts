import {
  isRevisedAfterWindow,
  revisionWindowDays,
  revisionWindowEnd,
} from '../../../../src/domain/incidents/revision-window';

/** Occurred 2025-03-10 09:00 CST: day 1 is 03-11, day 30 is 04-09, day 7 is 03-17. */
const OCCURRED_CST = '2025-03-10T09:00:00+08:00';

describe('casualty revision window (补报, calendar days in CST, 民法典 art. 201)', () => {
  it.each([
    ['road_traffic', 7, '2025-03-18T00:00:00+08:00'],
    ['fire', 7, '2025-03-18T00:00:00+08:00'],
    ['construction', 30, '2025-04-10T00:00:00+08:00'],
    ['coal_mine', 30, '2025-04-10T00:00:00+08:00'],
    ['water_traffic', 30, '2025-04-10T00:00:00+08:00'],
    ['other', 30, '2025-04-10T00:00:00+08:00'],
  ])('%s: %i days, ending at %s', (industry, days, end) => {
    expect(revisionWindowDays(industry)).toBe(days);
    expect(revisionWindowEnd(OCCURRED_CST, industry)).toBe(new Date(end).toISOString());
  });

  it.each(['construction', 'hazardous_chemicals'])(
    '%s: in time on day 30 at 23:59 CST, after the window on day 31 at 00:00 CST',
    (industry) => {
      expect(isRevisedAfterWindow(OCCURRED_CST, industry, '2025-04-09T23:59:00+08:00')).toBe(false);
      expect(isRevisedAfterWindow(OCCURRED_CST, industry, '2025-04-09T23:59:59.999+08:00')).toBe(
        false,
      );
      expect(isRevisedAfterWindow(OCCURRED_CST, industry, '2025-04-10T00:00:00+08:00')).toBe(true);
    },
  );

  it.each(['road_traffic', 'fire'])(
    '%s: in time on day 7 at 23:59 CST, after the window on day 8 at 00:00 CST',
    (industry) => {
      expect(isRevisedAfterWindow(OCCURRED_CST, industry, '2025-03-17T23:59:00+08:00')).toBe(false);
      expect(isRevisedAfterWindow(OCCURRED_CST, industry, '2025-03-18T00:00:00+08:00')).toBe(true);
    },
  );

  it('counts from the CST date: an occurrence at 23:30 CST and one at 00:30 CST the next day differ by a day', () => {
    expect(revisionWindowEnd('2025-03-10T23:30:00+08:00', 'construction')).toBe(
      '2025-04-09T16:00:00.000Z',
    );
    expect(revisionWindowEnd('2025-03-11T00:30:00+08:00', 'construction')).toBe(
      '2025-04-10T16:00:00.000Z',
    );
  });

  it('is not 30 × 24 hours from the minute of occurrence', () => {
    const twentyFourHourBlocks = new Date(Date.parse(OCCURRED_CST) + 30 * 86_400_000);
    expect(twentyFourHourBlocks.toISOString()).toBe('2025-04-09T01:00:00.000Z');
    expect(isRevisedAfterWindow(OCCURRED_CST, 'construction', '2025-04-09T12:00:00+08:00')).toBe(
      false,
    );
  });
});
