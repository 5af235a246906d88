import { cstYear, toMs, yearWindow } from '../shared/time';
import type { EventRef, HazardExtensionFact, HazardFact } from './facts';
import {
  atOrBefore,
  deadlineInForce,
  verdictBy,
  type DeadlineInForce,
} from './rectification-course';
import type { MarkedExtension } from './result';

/*
 * The hazard rules of DOMAIN "Inspections and hidden hazards" on plain facts, with the semantics
 * of `inspections/hazard/queries.ts`: what happened after the reference date does not count yet.
 */

interface StatusAt {
  readonly referenceMs: number;
  readonly identifiedMs: number;
  readonly rectified: EventRef | undefined;
  readonly deadline: DeadlineInForce;
  readonly overdue: boolean;
  /** `overdueAvertedBy`'s answer, once asked. */
  averted: readonly MarkedExtension[] | undefined;
}

/**
 * The status of each hazard at the last reference it was asked about. Facts are immutable and
 * shared by every unit that answers for the hazard, so one computation serves them all.
 */
const statuses = new WeakMap<HazardFact, StatusAt>();

function statusAt(hazard: HazardFact, referenceMs: number): StatusAt {
  const known = statuses.get(hazard);
  if (known && known.referenceMs === referenceMs) return known;
  const rectified = firstRectification(hazard, referenceMs);
  const deadline = deadlineInForce(hazard, referenceMs);
  const status: StatusAt = {
    referenceMs,
    identifiedMs: toMs(hazard.identifiedAt),
    rectified,
    deadline,
    // Not rectified (as in the rate) and the deadline in force passed: exactly at it is not overdue.
    overdue: !rectified && toMs(deadline.deadline) < referenceMs,
    averted: undefined,
  };
  statuses.set(hazard, status);
  return status;
}

/** Overdue at the reference, with the status `hazardsAt` keeps for it (one reference per hazard). */
export const isHazardOverdue = (hazard: HazardFact, referenceMs: number): boolean =>
  statusAt(hazard, referenceMs).overdue;

/**
 * Overdue at an instant, as `hazardsAt` judges it at its reference, without the kept status (the
 * escalation rule asks about many instants of one hazard).
 */
export const isHazardOverdueAt = (hazard: HazardFact, ms: number): boolean =>
  toMs(hazard.identifiedAt) <= ms &&
  !firstRectification(hazard, ms) &&
  toMs(deadlineInForce(hazard, ms).deadline) < ms;

/**
 * The event that makes the hazard count as rectified at the reference, or undefined: a general
 * hazard once rectified and not failed by a verification made by then (the rectification event);
 * a major one only once verified passed by then (the verification event).
 */
function firstRectification(hazard: HazardFact, referenceMs: number): EventRef | undefined {
  for (const r of hazard.rectifications) {
    const verdict = verdictBy(r, referenceMs);
    if (hazard.level === 'major') {
      if (verdict === true && r.verification) return r.verification.event;
    } else if (atOrBefore(r.rectifiedAt, referenceMs) && verdict !== false) {
      return r.event;
    }
  }
  return undefined;
}

/** The deadline in force at the reference (extensions granted after it do not count yet). */
export const deadlineAt = (hazard: HazardFact, referenceMs: number): DeadlineInForce =>
  statusAt(hazard, referenceMs).deadline;

const isMarked = (e: HazardExtensionFact): boolean => e.backdated === true || e.late === true;

const marked = (hazard: HazardFact, e: HazardExtensionFact): MarkedExtension => ({
  hazardId: hazard.id,
  event: e.event,
  ...(e.backdated && { backdated: e.backdated }),
  ...(e.late && { late: e.late }),
});

/** The backdated or late extension the deadline in force at the reference comes from, if any. */
export function markedExtensionInForce(
  hazard: HazardFact,
  referenceMs: number,
): MarkedExtension | undefined {
  const { event } = deadlineAt(hazard, referenceMs);
  const extension = event && hazard.extensions.find((e) => e.event === event);
  return extension && isMarked(extension) ? marked(hazard, extension) : undefined;
}

/**
 * The backdated or late extensions without which the hazard, not rectified, would be overdue at
 * the reference: a result that it is not overdue rests on them.
 */
function overdueAvertedBy(hazard: HazardFact, status: StatusAt): readonly MarkedExtension[] {
  return (status.averted ??= avertedBy(hazard, status));
}

function avertedBy(hazard: HazardFact, status: StatusAt): MarkedExtension[] {
  const { referenceMs } = status;
  if (status.overdue || status.rectified) return [];
  const withoutMarked = deadlineInForce(hazard, referenceMs, (e) => !isMarked(e));
  if (toMs(withoutMarked.deadline) >= referenceMs) return [];
  return hazard.extensions
    .filter((e) => isMarked(e) && atOrBefore(e.extendedAt, referenceMs))
    .map((e) => marked(hazard, e));
}

/** The identification and the extension in force: the events that make a hazard overdue. */
export function overdueEvents(hazard: HazardFact, referenceMs: number): EventRef[] {
  const extension = deadlineAt(hazard, referenceMs).event;
  return extension ? [hazard.event, extension] : [hazard.event];
}

export interface RectificationRate {
  readonly identified: number;
  readonly rectified: number;
  /** Percentage, unrounded; 100 with no hazard identified. */
  readonly rate: number;
  /** The event that made each counted hazard rectified. */
  readonly rectifiedEvents: readonly EventRef[];
  /** The identification of each hazard not rectified: the shortfall. */
  readonly pendingEvents: readonly EventRef[];
}

/** A unit's hazards at the reference, as the assessment reads them (see `hazardsAt`). */
export interface HazardsAt {
  /** 整改率 of the hazards identified in the window. */
  readonly rectification: RectificationRate;
  /** Identified before the window ends (carried-over ones included) and overdue, in the order given. */
  readonly overdue: readonly HazardFact[];
  /** The overdue ones identified before the year of the reference (跨年未整改). */
  readonly carriedOver: ReadonlySet<HazardFact>;
  /** Identified before the window ends and kept from being overdue by backdated or late extensions. */
  readonly averted: readonly {
    readonly hazard: HazardFact;
    readonly marks: readonly MarkedExtension[];
  }[];
}

/**
 * In one pass over a unit's hazards (in the order given): the rectification rate of those
 * identified in [startMs, endMs), and of those identified before `endMs` the overdue ones (and
 * which of them are carried over) and those whose not being overdue rests on marked extensions.
 */
export function hazardsAt(
  hazards: readonly HazardFact[],
  window: { readonly startMs: number; readonly endMs: number },
  referenceMs: number,
): HazardsAt {
  const carriedOverBeforeMs = yearWindow(cstYear(new Date(referenceMs).toISOString())).startMs;
  const rectifiedEvents: EventRef[] = [];
  const pendingEvents: EventRef[] = [];
  const overdue: HazardFact[] = [];
  const carriedOver = new Set<HazardFact>();
  const averted: { hazard: HazardFact; marks: readonly MarkedExtension[] }[] = [];
  for (const hazard of hazards) {
    const status = statusAt(hazard, referenceMs);
    if (status.identifiedMs >= window.endMs) continue;
    if (status.identifiedMs >= window.startMs) {
      if (status.rectified) rectifiedEvents.push(status.rectified);
      else pendingEvents.push(hazard.event);
    }
    if (status.overdue) {
      overdue.push(hazard);
      if (status.identifiedMs < carriedOverBeforeMs) carriedOver.add(hazard);
    } else if (!status.rectified) {
      const marks = overdueAvertedBy(hazard, status);
      if (marks.length > 0) averted.push({ hazard, marks });
    }
  }
  const identified = rectifiedEvents.length + pendingEvents.length;
  const rectified = rectifiedEvents.length;
  return {
    rectification: {
      identified,
      rectified,
      rate: identified === 0 ? 100 : (rectified / identified) * 100,
      rectifiedEvents,
      pendingEvents,
    },
    overdue,
    carriedOver,
    averted,
  };
}
