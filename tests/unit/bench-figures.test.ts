import { meets, missed, targetText } from '../../bench/figures';
import { ratioVsFloor } from '../../bench/floor';

describe('bench figures', () => {
  it('judges each direction at and past its limit', () => {
    expect(meets('assessmentListP99Ms', 50)).toBe(true);
    expect(meets('assessmentListP99Ms', 50.1)).toBe(false);
    expect(meets('httpRatioVsFloor', 0.2)).toBe(true);
    expect(meets('httpRatioVsFloor', 0.13)).toBe(false);
  });

  it('judges nothing for a figure without a target or without a value', () => {
    expect(meets('httpCommandsPerSec', 900)).toBeNull();
    expect(meets('rebuildPeakRssMb', null)).toBeNull();
    expect(meets('rebuildPeakRssMb', Number.NaN)).toBeNull();
  });

  it('lists the measured figures that miss, and only those', () => {
    expect(
      missed({
        assessmentAsOfMs: 700,
        rebuildEventsPerSec: 20_000,
        httpRatioVsFloor: 0.1,
        httpSteadyP99Ms: null,
        httpCommandsPerSec: 10,
      }),
    ).toEqual(['assessmentAsOfMs', 'httpRatioVsFloor']);
  });

  it('writes targets with their direction', () => {
    expect(targetText('rebuildEventsPerSec')).toBe('≥ 15,000');
    expect(targetText('assessmentAsOfMs')).toBe('≤ 500');
    expect(targetText('httpP99Ms')).toBe('—');
  });
});

describe('ratio to the framework floor', () => {
  it('divides by the mean of the floors before and after, and shows their drift', () => {
    expect(ratioVsFloor(300, 1_100, 900)).toEqual({
      ratio: 0.3,
      floorBeforePerSec: 1_100,
      floorAfterPerSec: 900,
      floorMeanPerSec: 1_000,
      floorDriftPercent: -18.2,
    });
  });
});
