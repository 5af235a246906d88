import type { RecordUnitStatistics } from '../../../../src/domain/units/commands';
import { unitDecider } from '../../../../src/domain/units/decider';
import type { UnitEvent } from '../../../../src/domain/units/events';
import { statisticsOf } from '../../../../src/domain/units/queries';
import { spec } from '../decider-spec';
import { NOW, townRegistered } from './fixtures';

const record = (overrides: Partial<RecordUnitStatistics> = {}): RecordUnitStatistics => ({
  type: 'RecordUnitStatistics',
  year: 2024,
  gdp100mYuan: 120.5,
  motorVehicles: 35000,
  now: NOW,
  ...overrides,
});

const recorded = (
  data: Omit<Extract<UnitEvent, { type: 'UnitStatisticsRecorded' }>['data'], 'unitId'>,
): UnitEvent => ({
  type: 'UnitStatisticsRecorded',
  data: { unitId: 'T1', ...data },
});

describe('unit statistics', () => {
  it('records the statistics given for a year', () => {
    spec(unitDecider)
      .given([townRegistered])
      .when(record())
      .then([recorded({ year: 2024, gdp100mYuan: 120.5, motorVehicles: 35000 })]);
  });

  it('accepts zero values', () => {
    spec(unitDecider)
      .given([townRegistered])
      .when(record({ coalOutputMt: 0 }))
      .thenMatches([
        { type: 'UnitStatisticsRecorded', data: expect.objectContaining({ coalOutputMt: 0 }) },
      ]);
  });

  it('refuses a negative or non-finite value', () => {
    spec(unitDecider)
      .given([townRegistered])
      .when(record({ industrialEmployees: -1 }))
      .thenThrows('rule', 'invalid_statistic');
    spec(unitDecider)
      .given([townRegistered])
      .when(record({ gdp100mYuan: Number.POSITIVE_INFINITY }))
      .thenThrows('rule', 'invalid_statistic');
  });

  it('refuses a year outside 2000..2100', () => {
    spec(unitDecider)
      .given([townRegistered])
      .when(record({ year: 1999 }))
      .thenThrows('rule', 'invalid_year');
    spec(unitDecider)
      .given([townRegistered])
      .when(record({ year: 2101 }))
      .thenThrows('rule', 'invalid_year');
    spec(unitDecider)
      .given([townRegistered])
      .when(record({ year: 2024.5 }))
      .thenThrows('rule', 'invalid_year');
  });

  it('refuses statistics of a unit that does not exist', () => {
    spec(unitDecider).given([]).when(record()).thenThrows('not_found', 'unit_not_found');
  });

  it('keeps the latest statistics of a year, whole', () => {
    const { state } = spec(unitDecider).given([
      townRegistered,
      recorded({ year: 2024, gdp100mYuan: 100, motorVehicles: 1 }),
      recorded({ year: 2023, gdp100mYuan: 90 }),
      recorded({ year: 2024, gdp100mYuan: 110 }),
    ]);
    expect(statisticsOf(state!, 2024)).toEqual({ gdp100mYuan: 110 });
    expect(statisticsOf(state!, 2023)).toEqual({ gdp100mYuan: 90 });
    expect(statisticsOf(state!, 2022)).toBeUndefined();
  });
});
