import { calendarPeriodEnd, toMs, yearWindow } from '../../shared/time';
import { countsAgainstUnit } from '../action-deductions';
import type { AccountabilityActionFact, AssessmentFacts, EventRef } from '../facts';
import {
  DAYS_AFTER_INTERVIEW,
  type EscalationForm,
  type EscalationReason,
  LONG_OVERDUE_DAYS,
  MANY_OVERDUE_ITEMS,
} from './codes';
import { type EscalationItem, type Overdue, overdueItems } from './overdue-items';

export type { EscalationItem } from './overdue-items';

/** 升级问责建议: a unit its territorial parent should interview (约谈) or circulate (通报). */
export interface EscalationCandidate {
  readonly unitId: string;
  readonly form: EscalationForm;
  /** The territorial parent, whose step it is. */
  readonly byUnitId: string;
  readonly reasons: readonly EscalationReason[];
  /** The unit has been a candidate since right after this instant. */
  readonly since: string;
  readonly items: readonly EscalationItem[];
  /** For a circular: the interviews this year the items outlasted by 30 days. */
  readonly interviews: readonly EventRef[];
  /** The matching action a territorial ancestor recorded against the unit, once there is one. */
  readonly handledBy?: EventRef;
}

const iso = (ms: number): string => new Date(ms).toISOString();

const bySince = (a: Overdue, b: Overdue): number =>
  a.sinceMs - b.sinceMs || (a.item.streamId < b.item.streamId ? -1 : 1);

/** The first `form` action counting against the unit decided at or after `fromMs`. */
const firstAction = (
  actions: readonly AccountabilityActionFact[],
  form: EscalationForm,
  fromMs: number,
): EventRef | undefined =>
  actions.find((a) => a.form === form && toMs(a.decidedAt) >= fromMs)?.event;

/**
 * DOMAIN "Supervision by the office", at the reference: a unit with a major hazard or a problem
 * overdue for more than 30 days, or with 3 or more overdue items, is a candidate for an interview
 * by its territorial parent; a unit interviewed this year that still has an item overdue at the
 * interview and without a break 30 days after it is a candidate for a circular. An interview (a
 * circular) a territorial ancestor decided against the unit or one of its post holders handles the
 * candidate when decided once its earliest item was overdue (at or after the interview it follows).
 * The items are the hazards the unit answers for, the problems raised and the orders issued to it.
 */
export function escalationCandidates(
  facts: AssessmentFacts,
  referenceMs: number,
): EscalationCandidate[] {
  const { unit } = facts;
  if (!unit.parentId) return [];
  const overdue = overdueItems(facts, referenceMs).sort(bySince);
  if (overdue.length === 0) return [];
  const { startMs } = yearWindow(facts.year);
  const actions = facts.accountabilityActions
    .filter((a) => {
      const ms = toMs(a.decidedAt);
      return ms >= startMs && ms <= referenceMs && countsAgainstUnit(a, unit);
    })
    .sort((a, b) => toMs(a.decidedAt) - toMs(b.decidedAt));
  const context: Context = { overdue, actions, referenceMs };
  const byUnitId = unit.parentId;
  return [interviewCandidate(context), circularCandidate(context)]
    .filter((c): c is Proposal => c !== null)
    .map(({ form, ...found }) => ({ unitId: unit.id, form, byUnitId, ...found }));
}

/** What both rules read: the unit's overdue items and the actions counting against it. */
interface Context {
  readonly overdue: readonly Overdue[];
  readonly actions: readonly AccountabilityActionFact[];
  readonly referenceMs: number;
}

/**
 * The end of a period of `days` calendar days from `ms` (24:00 CST of the last day, 民法典 art.
 * 201): an item still overdue then has been overdue for more than that many days.
 */
const daysAfter = (ms: number, days: number): number => toMs(calendarPeriodEnd(iso(ms), days));

/** What a rule finds: a candidate but for the unit and its parent. */
type Proposal = Omit<EscalationCandidate, 'unitId' | 'byUnitId'>;

function interviewCandidate({ overdue, actions, referenceMs }: Context): Proposal | null {
  const long = overdue.filter(
    (o) =>
      (o.item.kind === 'problem' || (o.item.kind === 'hazard' && o.item.major)) &&
      referenceMs >= daysAfter(o.sinceMs, LONG_OVERDUE_DAYS),
  );
  const many = overdue.length >= MANY_OVERDUE_ITEMS;
  if (long.length === 0 && !many) return null;
  const reasons: EscalationReason[] = [];
  if (long.some((o) => o.item.kind === 'hazard')) reasons.push('major_hazard_overdue');
  if (long.some((o) => o.item.kind === 'problem')) reasons.push('problem_overdue');
  if (many) reasons.push('many_overdue');
  const onsets = [
    ...long.map((o) => daysAfter(o.sinceMs, LONG_OVERDUE_DAYS)),
    ...(many ? [overdue[MANY_OVERDUE_ITEMS - 1].sinceMs] : []),
  ];
  const items = many ? overdue : long;
  const handledBy = firstAction(actions, 'interview', items[0].sinceMs);
  return {
    form: 'interview',
    reasons,
    since: iso(Math.min(...onsets)),
    items: items.map((o) => o.view),
    interviews: [],
    ...(handledBy && { handledBy }),
  };
}

function circularCandidate({ overdue, actions, referenceMs }: Context): Proposal | null {
  const outlasted = new Set<Overdue>();
  const interviews: { event: EventRef; ms: number }[] = [];
  for (const interview of actions.filter((a) => a.form === 'interview')) {
    const ms = toMs(interview.decidedAt);
    if (referenceMs < daysAfter(ms, DAYS_AFTER_INTERVIEW)) continue;
    const still = overdue.filter((o) => o.sinceMs <= ms && o.item.overdueAt(ms));
    if (still.length === 0) continue;
    still.forEach((o) => outlasted.add(o));
    interviews.push({ event: interview.event, ms });
  }
  if (interviews.length === 0) return null;
  const handledBy = firstAction(actions, 'circular', interviews[0].ms);
  return {
    form: 'circular',
    reasons: ['overdue_after_interview'],
    since: iso(daysAfter(interviews[0].ms, DAYS_AFTER_INTERVIEW)),
    items: overdue.filter((o) => outlasted.has(o)).map((o) => o.view),
    interviews: interviews.map((i) => i.event),
    ...(handledBy && { handledBy }),
  };
}
