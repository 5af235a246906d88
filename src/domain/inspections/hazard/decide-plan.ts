import { DomainError, type FieldError } from '../../shared/errors';
import { isAmount, requireDeadlineAfter, requirePastTimeFrom } from '../guards';
import type { PlanHazardRectification } from './commands';
import type { HazardEvent } from './events';
import { requirePendingRectification } from './guards';
import type { HazardState, RectificationPlan } from './state';

type FiveImplementations = Omit<RectificationPlan, 'plannedAt'>;

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';
const isTime = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** 五落实: measures 措施, funds 资金, deadline 时限, responsible person 责任, contingency plan 预案. */
const FIVE_IMPLEMENTATIONS: ReadonlyArray<{
  field: keyof FiveImplementations;
  valid: (value: unknown) => boolean;
  message: string;
}> = [
  { field: 'measures', valid: isText, message: 'measures (措施) must not be empty' },
  {
    field: 'fundsYuan',
    valid: isAmount,
    message: 'fundsYuan (资金) must be a non-negative amount',
  },
  { field: 'deadline', valid: isTime, message: 'deadline (时限) must be a valid time' },
  {
    field: 'responsiblePerson',
    valid: isText,
    message: 'responsiblePerson (责任) must not be empty',
  },
  { field: 'contingencyPlan', valid: isText, message: 'contingencyPlan (预案) must not be empty' },
];

/** Allowed for any hazard; a major hazard needs one before rectification. A new plan replaces the last. */
export function decidePlan(command: PlanHazardRectification, state: HazardState): HazardEvent[] {
  const hazard = requirePendingRectification(state);
  const plan = requireFiveImplementations(command);
  requireDeadlineAfter(plan.deadline, hazard.identifiedAt, 'deadline');
  const plannedAt = command.plannedAt ?? command.now;
  requirePastTimeFrom(
    plannedAt,
    hazard.identifiedAt,
    command.now,
    'plannedAt',
    'planned_before_identification',
  );
  return [{ type: 'HazardRectificationPlanned', data: { ...plan, plannedAt } }];
}

export function requireFiveImplementations(
  command: Partial<FiveImplementations>,
): FiveImplementations {
  const errors: FieldError[] = FIVE_IMPLEMENTATIONS.filter((i) => !i.valid(command[i.field])).map(
    ({ field, message }) => ({ field, message }),
  );
  if (errors.length > 0) {
    const missing = errors.map((e) => e.field).join(', ');
    throw new DomainError(
      'rule',
      'five_implementations_incomplete',
      `the rectification plan lacks ${missing}`,
      errors,
    );
  }
  const { measures, fundsYuan, deadline, responsiblePerson, contingencyPlan } =
    command as FiveImplementations;
  return { measures, fundsYuan, deadline, responsiblePerson, contingencyPlan };
}
