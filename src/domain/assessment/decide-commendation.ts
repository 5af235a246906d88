import { ruleViolation } from '../shared/errors';
import { cstYear } from '../shared/time';
import { requireNotFuture, requireText } from '../units/guards';
import type { AwardCommendation } from './commands';
import type { CommendationAwarded } from './events';
import { requireOpenYear } from './guards';
import { COMMENDATION_LEVELS, type CommendationLevel } from './scheme';

const isCommendationLevel = (value: string): value is CommendationLevel =>
  (COMMENDATION_LEVELS as readonly string[]).includes(value);

export function decideCommendation(command: AwardCommendation): CommendationAwarded[] {
  const year = requireOpenYear(command);
  requireText(command.unitId, 'unitId');
  const { level } = command;
  if (!isCommendationLevel(level)) {
    throw ruleViolation('invalid_level', `level ${level} is not a commendation level`, 'level');
  }
  requireText(command.reason, 'reason');
  requireNotFuture(command.awardedAt, command.now, 'awardedAt');
  if (cstYear(command.awardedAt) !== year) {
    throw ruleViolation('awarded_outside_year', `awardedAt is not in ${year} (CST)`, 'awardedAt');
  }
  return [
    {
      type: 'CommendationAwarded',
      data: {
        year,
        unitId: command.unitId,
        level,
        reason: command.reason,
        awardedAt: command.awardedAt,
      },
    },
  ];
}
