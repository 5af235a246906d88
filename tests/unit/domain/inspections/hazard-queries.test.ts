import {
  countsAsRectified,
  deadlineAt,
  isOverdue,
  isUnderSupervision,
  type HazardEvent,
} from '../../../../src/domain/inspections';
import { yearWindow } from '../../../../src/domain/shared/time';
import {
  DEADLINE,
  identified,
  hazardOf,
  rectified,
  verified,
  rectifiedHistory,
  verifiedHistory,
  closedMajorHistory,
  extended,
} from './hazard-fixtures';

const delisted = (delistedAt: string): HazardEvent => ({
  type: 'HazardDelisted',
  data: { supervisingUnitId: 'D1', delistedAt },
});

describe('overdue hazards', () => {
  const open = hazardOf([identified()]);

  it('is not overdue exactly at the deadline, and overdue 1 ms after', () => {
    expect(isOverdue(open, DEADLINE)).toBe(false);
    expect(isOverdue(open, '2025-04-01T02:00:00.001Z')).toBe(true);
  });

  it('is not overdue before identification nor for no hazard', () => {
    expect(isOverdue(open, '2025-01-01T00:00:00.000Z')).toBe(false);
    expect(isOverdue(null, '2026-01-01T00:00:00.000Z')).toBe(false);
  });

  it('is overdue between the deadline and a late rectification of a general hazard, not after it', () => {
    const late = hazardOf([identified(), rectified('2025-04-10T00:00:00.000Z')]);
    expect(isOverdue(late, '2025-04-05T00:00:00.000Z')).toBe(true);
    expect(isOverdue(late, '2025-04-10T00:00:00.000Z')).toBe(false);
  });

  it('is overdue again after a failed verification past the deadline', () => {
    const failed = hazardOf([
      identified(),
      rectified('2025-03-20T00:00:00.000Z'),
      verified(false, '2025-04-10T00:00:00.000Z', '2025-03-20T00:00:00.000Z'),
    ]);
    expect(isOverdue(failed, '2025-04-09T00:00:00.000Z')).toBe(false);
    expect(isOverdue(failed, '2025-04-10T00:00:00.000Z')).toBe(true);
  });

  it('keeps a major hazard overdue until verified passed', () => {
    const events = rectifiedHistory('major');
    expect(isOverdue(hazardOf(events), '2025-04-05T00:00:00.000Z')).toBe(true);
    const passed = hazardOf([
      ...events,
      verified(true, '2025-04-10T00:00:00.000Z', '2025-03-20T00:00:00.000Z'),
      delisted('2025-04-10T00:00:00.000Z'),
    ]);
    expect(isOverdue(passed, '2025-04-05T00:00:00.000Z')).toBe(true);
    expect(isOverdue(passed, '2025-04-10T00:00:00.000Z')).toBe(false);
  });

  it('uses the deadline in force at the reference: an extension counts from when it was granted', () => {
    const extendedLate = hazardOf([
      identified(),
      extended('2025-05-01T00:00:00.000Z', '2025-04-10T00:00:00.000Z'),
    ]);
    expect(deadlineAt(extendedLate, '2025-04-05T00:00:00.000Z')).toBe(DEADLINE);
    expect(isOverdue(extendedLate, '2025-04-05T00:00:00.000Z')).toBe(true);
    expect(deadlineAt(extendedLate, '2025-04-10T00:00:00.000Z')).toBe('2025-05-01T00:00:00.000Z');
    expect(isOverdue(extendedLate, '2025-04-15T00:00:00.000Z')).toBe(false);
    expect(isOverdue(extendedLate, '2025-05-01T00:00:00.001Z')).toBe(true);
  });

  it('uses the latest of several extensions granted by the reference', () => {
    const twice = hazardOf([
      identified(),
      extended('2025-05-01T00:00:00.000Z', '2025-03-25T00:00:00.000Z'),
      extended('2025-06-01T00:00:00.000Z', '2025-04-25T00:00:00.000Z'),
    ]);
    expect(deadlineAt(twice, '2025-04-01T00:00:00.000Z')).toBe('2025-05-01T00:00:00.000Z');
    expect(deadlineAt(twice, '2025-05-01T00:00:00.000Z')).toBe('2025-06-01T00:00:00.000Z');
  });
});

describe('counting as rectified (整改率)', () => {
  it('counts a general hazard from its rectification, before verification', () => {
    const h = hazardOf(rectifiedHistory());
    expect(countsAsRectified(h, '2025-03-19T23:59:59.999Z')).toBe(false);
    expect(countsAsRectified(h, '2025-03-20T00:00:00.000Z')).toBe(true);
  });

  it('counts a general hazard at a reference before a later failed verification, not after it', () => {
    const h = hazardOf([
      identified(),
      rectified('2025-03-20T00:00:00.000Z'),
      verified(false, '2025-04-10T00:00:00.000Z', '2025-03-20T00:00:00.000Z'),
      rectified('2025-04-20T00:00:00.000Z'),
    ]);
    expect(countsAsRectified(h, '2025-03-31T00:00:00.000Z')).toBe(true);
    expect(countsAsRectified(h, '2025-04-10T00:00:00.000Z')).toBe(false);
    expect(countsAsRectified(h, '2025-04-20T00:00:00.000Z')).toBe(true);
  });

  it('counts a major hazard only once verified passed, from the verification', () => {
    const events = [...verifiedHistory(false, 'major'), rectified('2025-03-25T00:00:00.000Z')];
    expect(countsAsRectified(hazardOf(events), '2025-06-01T00:00:00.000Z')).toBe(false);
    const passed = hazardOf([
      ...events,
      verified(true, '2025-03-28T00:00:00.000Z', '2025-03-25T00:00:00.000Z'),
      delisted('2025-03-28T00:00:00.000Z'),
    ]);
    expect(countsAsRectified(passed, '2025-03-27T23:59:59.999Z')).toBe(false);
    expect(countsAsRectified(passed, '2025-03-28T00:00:00.000Z')).toBe(true);
  });

  it('does not count no hazard', () => {
    expect(countsAsRectified(null, '2026-01-01T00:00:00.000Z')).toBe(false);
  });

  it('judges the end of an assessment year in China Standard Time', () => {
    const yearEnd = new Date(yearWindow(2025).endMs - 1).toISOString();
    const identifiedInDecember = identified({
      identifiedAt: '2025-12-01T02:00:00.000Z',
      deadline: '2025-12-31T16:00:00.000Z',
    });
    const onNewYearsEveLocal = hazardOf([
      identifiedInDecember,
      rectified('2025-12-31T15:30:00.000Z'),
    ]);
    const onNewYearsDayLocal = hazardOf([
      identifiedInDecember,
      rectified('2025-12-31T16:30:00.000Z'),
    ]);
    expect(countsAsRectified(onNewYearsEveLocal, yearEnd)).toBe(true);
    expect(countsAsRectified(onNewYearsDayLocal, yearEnd)).toBe(false);
    expect(isOverdue(onNewYearsDayLocal, yearEnd)).toBe(false);
    expect(isOverdue(onNewYearsDayLocal, '2025-12-31T16:00:00.001Z')).toBe(true);
  });
});

describe('under supervision (挂牌督办)', () => {
  it('holds for a major hazard from its listing until delisting', () => {
    const h = hazardOf(closedMajorHistory());
    expect(isUnderSupervision(h, '2025-02-28T00:00:00.000Z')).toBe(false);
    expect(isUnderSupervision(h, '2025-03-01T02:00:00.000Z')).toBe(true);
    expect(isUnderSupervision(h, '2025-03-21T23:59:59.999Z')).toBe(true);
    expect(isUnderSupervision(h, '2025-03-22T00:00:00.000Z')).toBe(false);
  });

  it('never holds for a general hazard', () => {
    expect(isUnderSupervision(hazardOf([identified()]), '2025-03-10T00:00:00.000Z')).toBe(false);
    expect(isUnderSupervision(null, '2025-03-10T00:00:00.000Z')).toBe(false);
  });
});
