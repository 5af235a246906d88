import { labelOf } from '../../../src/domain/shared/labels';
import type { Hazard } from '../../../src/domain/inspections/hazard/state';
import { toMs } from '../../../src/domain/shared/time';
import { PRINCIPAL_POSTS, type Post } from '../../../src/domain/units/codes';
import type { HazardDoc } from '../../hazards';
import type { PersonPostDoc } from '../../persons';
import type { UnitDoc } from '../../units';
import type { DossierOverdueHazard, DossierWindow } from './types';

export interface OverduePeriod {
  /** The deadline in force when it passed. */
  deadline: string;
  /** Overdue after this instant (exactly at the deadline it is not yet overdue). */
  since: string;
  /** The verification that passed, ending it; null while still overdue at the reading time. */
  until: string | null;
}

/** When a major hazard's rectification passed verification (it counts as rectified then). */
function firstPassedVerification(hazard: Hazard): string | null {
  const times = hazard.rectifications
    .flatMap((r) => (r.verification?.passed ? [r.verification.verifiedAt] : []))
    .sort((a, b) => toMs(a) - toMs(b));
  return times[0] ?? null;
}

/**
 * The period a major hazard was overdue, as recorded at `readingTime`: from the deadline in force
 * when it passed (extensions granted before that deadline move it; one granted after cannot erase
 * an overdue period) until its rectification passed verification. Null when it never was.
 */
export function overduePeriod(hazard: Hazard, readingTime: string): OverduePeriod | null {
  let deadline = hazard.initialDeadline;
  const extensions = [...hazard.extensions].sort((a, b) => toMs(a.extendedAt) - toMs(b.extendedAt));
  for (const e of extensions) {
    if (toMs(e.extendedAt) <= toMs(deadline) && toMs(e.deadline) > toMs(deadline)) {
      deadline = e.deadline;
    }
  }
  const reading = toMs(readingTime);
  const verified = firstPassedVerification(hazard);
  const rectifiedBy = verified !== null && toMs(verified) <= reading ? verified : null;
  if (toMs(deadline) >= reading) return null;
  if (rectifiedBy !== null && toMs(rectifiedBy) <= toMs(deadline)) return null;
  return { deadline, since: deadline, until: rectifiedBy };
}

/**
 * DOMAIN "Whose hazards": a territorial unit's own and its descendants'; a department's, the
 * enterprises of its regulated industries inside its parent's territory (and its own).
 */
export function belongsTo(hazard: HazardDoc, unit: UnitDoc): boolean {
  if (hazard.unitPath.includes(unit._id)) return true;
  return (
    unit.kind === 'department' &&
    unit.parentId !== null &&
    hazard.unitPath.includes(unit.parentId) &&
    hazard.unitIndustry !== null &&
    unit.regulatedIndustries.includes(hazard.unitIndustry)
  );
}

const isPrincipal = (post: PersonPostDoc) => PRINCIPAL_POSTS.includes(post.post as Post);

type Span = [start: number, end: number];

const spanOf = (start: string | undefined, end: string | null | undefined): Span => [
  start === undefined ? -Infinity : toMs(start),
  end === undefined || end === null ? Infinity : toMs(end),
];

/** Whether the spans have an instant in common. */
const meet = (...spans: Span[]): boolean =>
  Math.max(...spans.map(([start]) => start)) < Math.min(...spans.map(([, end]) => end));

/**
 * Major hazards (重大隐患) overdue in a unit while the person held a principal post there
 * (党委书记 or 主要负责人), in the window; one line per post and hazard.
 */
export function overdueMajorHazards(
  posts: readonly PersonPostDoc[],
  hazards: readonly HazardDoc[],
  units: ReadonlyMap<string, UnitDoc>,
  window: DossierWindow,
  readingTime: string,
): DossierOverdueHazard[] {
  return posts.filter(isPrincipal).flatMap((post) => {
    const unit = units.get(post.unitId);
    if (!unit) return [];
    return hazards
      .filter((h) => h.level === 'major' && belongsTo(h, unit))
      .flatMap((h) => {
        const period = overduePeriod(h.state, readingTime);
        if (!period) return [];
        const overdue = spanOf(period.since, period.until);
        const held = spanOf(post.from, post.to);
        if (!meet(overdue, held, spanOf(window.from, window.to))) return [];
        const { identified, extensions, verifications } = h.refs;
        return [
          {
            hazardId: h._id,
            unitId: h.unitId,
            heldUnitId: post.unitId,
            post: post.post,
            postLabel: labelOf('post', post.post),
            description: h.state.description,
            identifiedAt: h.identifiedAt,
            deadline: period.deadline,
            overdueSince: period.since,
            overdueUntil: period.until,
            events: [identified, ...extensions, ...verifications, post.ref],
          },
        ];
      });
  });
}
