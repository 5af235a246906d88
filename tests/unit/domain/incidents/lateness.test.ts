import {
  automaticLateFinding,
  isLateReport,
  reportDelayMinutes,
} from '../../../../src/domain/incidents/lateness';
import { HOUR, MINUTE, OCCURRED, after } from './fixtures';

describe('late report (迟报: more than 1 hour after occurrence)', () => {
  it('is on time when reported at the moment of occurrence', () => {
    expect(isLateReport(OCCURRED, OCCURRED)).toBe(false);
  });

  it('is on time at exactly 60 minutes', () => {
    expect(isLateReport(OCCURRED, after(OCCURRED, HOUR))).toBe(false);
  });

  it('is late at 60 minutes and 1 ms', () => {
    expect(isLateReport(OCCURRED, after(OCCURRED, HOUR + 1))).toBe(true);
  });

  it('is late at 61 minutes', () => {
    expect(isLateReport(OCCURRED, after(OCCURRED, 61 * MINUTE))).toBe(true);
  });

  it('judges instants, whatever the offset they were written with', () => {
    expect(isLateReport('2025-03-01T10:00:00+08:00', '2025-03-01T03:00:00.000Z')).toBe(false);
    expect(isLateReport('2025-03-01T10:00:00+08:00', '2025-03-01T03:00:00.001Z')).toBe(true);
  });

  it('rounds the delay up to whole minutes so a late report never reads as 60', () => {
    expect(reportDelayMinutes(OCCURRED, after(OCCURRED, HOUR + 1))).toBe(61);
    expect(reportDelayMinutes(OCCURRED, after(OCCURRED, 150 * MINUTE))).toBe(150);
  });

  it('makes the automatic finding established at reportedAt, against the place', () => {
    const reportedAt = after(OCCURRED, 150 * MINUTE);
    expect(automaticLateFinding(OCCURRED, reportedAt, 'E1')).toEqual({
      kind: 'late',
      establishedAt: reportedAt,
      detail: 'reported 150 minutes after the head of the unit learnt of it',
      automatic: true,
      responsibleUnitIds: ['E1'],
      responsiblePersonIds: [],
    });
  });
});
