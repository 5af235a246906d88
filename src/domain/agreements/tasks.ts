import { ruleViolation } from '../shared/errors';
import { requireText } from '../units/guards';
import { memberOf } from '../shared/codes';

export const TASK_METRICS = [
  'pre_incident_penalty_cases',
  'inspections_conducted',
  'hazard_rectification_rate',
  'agreement_coverage',
] as const;

export type TaskMetric = (typeof TASK_METRICS)[number];

export const TASK_METRIC_LABELS: Readonly<Record<TaskMetric, string>> = {
  pre_incident_penalty_cases: '事前处罚立案数',
  inspections_conducted: '检查次数',
  hazard_rectification_rate: '隐患整改率',
  agreement_coverage: '责任书签订覆盖率',
};

/** Metrics whose target is a percentage (at most 100). */
export const PERCENTAGE_METRICS: readonly TaskMetric[] = [
  'hazard_rectification_rate',
  'agreement_coverage',
];

export const WEIGHT_TOLERANCE = 1e-9;

export interface AgreementTask {
  readonly code: string;
  readonly title: string;
  readonly weight: number;
  readonly metric?: TaskMetric;
  readonly target?: number;
}

export interface TaskInput {
  readonly code: string;
  readonly title: string;
  readonly weight: number;
  readonly metric?: string;
  readonly target?: number;
}

export const isTaskMetric = memberOf(TASK_METRICS);

/** The tasks of an agreement, whose weights must add up to the scheme's task section. */
export function requireTasks(
  tasks: readonly TaskInput[],
  taskSectionPoints: number,
): AgreementTask[] {
  const valid = tasks.map((task, i) => requireTask(task, `tasks[${i}]`));
  const codes = valid.map((t) => t.code);
  const repeated = codes.find((code, i) => codes.indexOf(code) !== i);
  if (repeated !== undefined) {
    throw ruleViolation('duplicate_task_code', `task code ${repeated} is used twice`, 'tasks');
  }
  const total = valid.reduce((sum, t) => sum + t.weight, 0);
  if (Math.abs(total - taskSectionPoints) > WEIGHT_TOLERANCE) {
    throw ruleViolation(
      'task_weights_mismatch',
      `task weights add up to ${total}, the scheme's task section is ${taskSectionPoints}`,
      'tasks',
    );
  }
  return valid;
}

function requireTask(task: TaskInput, field: string): AgreementTask {
  requireText(task.code, `${field}.code`);
  requireText(task.title, `${field}.title`);
  if (typeof task.weight !== 'number' || !Number.isFinite(task.weight) || task.weight <= 0) {
    throw ruleViolation('invalid_task_weight', 'a task weight must be positive', `${field}.weight`);
  }
  const base = { code: task.code, title: task.title, weight: task.weight };
  if (task.metric === undefined) {
    if (task.target !== undefined) {
      throw ruleViolation(
        'target_without_metric',
        'only a measured task has a target',
        `${field}.target`,
      );
    }
    return base;
  }
  if (!isTaskMetric(task.metric)) {
    throw ruleViolation(
      'invalid_metric',
      `metric ${task.metric} is not a task metric`,
      `${field}.metric`,
    );
  }
  return {
    ...base,
    metric: task.metric,
    target: requireTarget(task.metric, task.target, `${field}.target`),
  };
}

function requireTarget(metric: TaskMetric, target: number | undefined, field: string): number {
  if (target === undefined) {
    throw ruleViolation('target_required', `a task measured by ${metric} needs a target`, field);
  }
  if (typeof target !== 'number' || !Number.isFinite(target) || target <= 0) {
    throw ruleViolation('invalid_target', 'a target must be positive', field);
  }
  if (PERCENTAGE_METRICS.includes(metric) && target > 100) {
    throw ruleViolation(
      'invalid_target',
      `the target of ${metric} is a percentage, at most 100`,
      field,
    );
  }
  return target;
}
