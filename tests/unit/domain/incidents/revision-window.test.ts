import {
  isRevisedAfterWindow,
  revisionWindowDays,
  revisionWindowEnd,
} from '../../../../src/domain/incidents/revision-window';
import { DAY, OCCURRED, after } from './fixtures';

describe('casualty revision window (补报)', () => {
  it.each([
    ['road_traffic', 7],
    ['fire', 7],
    ['construction', 30],
    ['coal_mine', 30],
    ['water_traffic', 30],
    ['other', 30],
  ])('%s: %i days', (industry, days) => {
    expect(revisionWindowDays(industry)).toBe(days);
    expect(revisionWindowEnd(OCCURRED, industry)).toBe(after(OCCURRED, days * DAY));
  });

  it.each(['construction', 'hazardous_chemicals'])(
    '%s: within at exactly 30 days, after at 30 days + 1 ms',
    (industry) => {
      expect(isRevisedAfterWindow(OCCURRED, industry, after(OCCURRED, 30 * DAY))).toBe(false);
      expect(isRevisedAfterWindow(OCCURRED, industry, after(OCCURRED, 30 * DAY + 1))).toBe(true);
    },
  );

  it.each(['road_traffic', 'fire'])(
    '%s: within at exactly 7 days, after at 7 days + 1 ms',
    (industry) => {
      expect(isRevisedAfterWindow(OCCURRED, industry, after(OCCURRED, 7 * DAY))).toBe(false);
      expect(isRevisedAfterWindow(OCCURRED, industry, after(OCCURRED, 7 * DAY + 1))).toBe(true);
      expect(isRevisedAfterWindow(OCCURRED, industry, after(OCCURRED, 8 * DAY))).toBe(true);
    },
  );
});
