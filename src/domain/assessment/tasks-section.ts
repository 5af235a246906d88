import type { AgreementTask, TaskMetric } from '../agreements/tasks';
import { labelOf } from '../shared/labels';
import { roundPercentage } from './display';
import type { AgreementFact, EventRef, MetricFacts, TaskScoreFact } from './facts';
import type { RectificationRate } from './hazard-status';
import { sum, uniqueRefs } from './points';
import type { ExplanationItem, UnscoredTask } from './result';

const TASKS = labelOf('assessmentSection', 'tasks');

export interface TasksSection {
  readonly points: number;
  readonly items: readonly ExplanationItem[];
  readonly unscored: readonly UnscoredTask[];
}

interface Measured {
  readonly actual: number;
  readonly events: readonly EventRef[];
  readonly percentage: boolean;
}

/** The measured value of a metric and the events it was measured from. */
function measure(
  metric: TaskMetric,
  metrics: MetricFacts,
  rectification: RectificationRate,
): Measured {
  switch (metric) {
    case 'pre_incident_penalty_cases':
      return {
        actual: metrics.preIncidentPenaltyCases.length,
        events: metrics.preIncidentPenaltyCases,
        percentage: false,
      };
    case 'inspections_conducted':
      return {
        actual: metrics.inspectionsConducted.length,
        events: metrics.inspectionsConducted,
        percentage: false,
      };
    case 'hazard_rectification_rate':
      return {
        actual: rectification.rate,
        events: rectification.rectifiedEvents,
        percentage: true,
      };
    case 'agreement_coverage': {
      const { childUnits, covered } = metrics.agreementCoverage;
      return {
        // A unit without child units leaves none uncovered.
        actual: childUnits === 0 ? 100 : (Math.min(covered.length, childUnits) / childUnits) * 100,
        events: covered.flatMap((c) => c.events),
        percentage: true,
      };
    }
  }
}

/** `weight × min(1, actual / target)`. */
const metricPoints = (task: AgreementTask, actual: number): number => {
  const target = task.target ?? 0;
  return target <= 0 ? task.weight : task.weight * Math.min(1, actual / target);
};

const show = (value: number, percentage: boolean): string =>
  percentage ? `${roundPercentage(value).toFixed(1)}%` : String(value);

/**
 * Section 1 (工作任务): a measured task scores `weight × min(1, actual / target)`; any other task
 * scores the office's latest score (the last in recording order), kept within 0..weight in case
 * an amendment lowered the weight; a task without a score scores 0 and is listed as unscored.
 */
export function scoreTasks(
  agreement: AgreementFact | null,
  scores: readonly TaskScoreFact[],
  metrics: MetricFacts,
  rectification: RectificationRate,
): TasksSection {
  if (!agreement) return { points: 0, items: [], unscored: [] };
  const latest = new Map<string, TaskScoreFact>();
  for (const score of scores) latest.set(score.taskCode, score);

  const items: ExplanationItem[] = [];
  const unscored: UnscoredTask[] = [];
  for (const task of agreement.tasks) {
    const name = `${task.code} ${task.title}`;
    if (task.metric !== undefined) {
      const measured = measure(task.metric, metrics, rectification);
      items.push({
        section: 'tasks',
        rule: 'task',
        label: `${TASKS} ${name}（${labelOf('taskMetric', task.metric)} ${show(measured.actual, measured.percentage)} / 目标 ${show(task.target ?? 0, measured.percentage)}）`,
        points: metricPoints(task, measured.actual),
        provisional: false,
        events: uniqueRefs([...agreement.events, ...measured.events]),
      });
      continue;
    }
    const score = latest.get(task.code);
    if (!score) {
      unscored.push({ code: task.code, title: task.title, weight: task.weight });
      items.push({
        section: 'tasks',
        rule: 'task_unscored',
        label: `${TASKS} ${name}（未评分，计 0 分）`,
        points: 0,
        provisional: false,
        events: uniqueRefs(agreement.events),
      });
      continue;
    }
    items.push({
      section: 'tasks',
      rule: 'task',
      label: `${TASKS} ${name}（评分）`,
      points: Math.max(0, Math.min(score.score, task.weight)),
      provisional: false,
      events: uniqueRefs([...agreement.events, score.event]),
    });
  }
  return { points: sum(items.map((i) => i.points)), items, unscored };
}
