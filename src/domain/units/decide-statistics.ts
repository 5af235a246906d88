import { ruleViolation } from '../shared/errors';
import type { RecordUnitStatistics } from './commands';
import type { UnitStatisticsRecorded } from './events';
import { isNonNegativeNumber, requireYear } from './guards';
import { requireRegistered } from './registered';
import { STATISTIC_FIELDS, type UnitStatistics, type UnitState } from './state';

export function decideStatistics(
  command: RecordUnitStatistics,
  state: UnitState,
): UnitStatisticsRecorded[] {
  const unit = requireRegistered(state);
  const year = requireYear(command.year);
  const statistics: { -readonly [K in keyof UnitStatistics]: number } = {};
  for (const field of STATISTIC_FIELDS) {
    const value = command[field];
    if (value === undefined) continue;
    if (!isNonNegativeNumber(value)) {
      throw ruleViolation('invalid_statistic', `${field} must be a non-negative number`, field);
    }
    statistics[field] = value;
  }
  return [{ type: 'UnitStatisticsRecorded', data: { unitId: unit.id, year, ...statistics } }];
}
