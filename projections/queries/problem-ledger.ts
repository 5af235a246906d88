import { isProblemOverdue, problemCountsAsRectified } from '../../src/domain/supervision';
import { toMs, yearWindow } from '../../src/domain/shared/time';
import type { EventRef } from '../projection';
import type { ProblemDoc } from '../supervision';

/** One problem counted by the ledger, with the events that make it count. */
export interface ProblemLedgerItem {
  problemId: string;
  targetUnitId: string;
  events: EventRef[];
}

/** 巡查督查问题台账 of a unit (and the units below it) for a year. */
export interface ProblemLedger {
  year: number;
  /** The end of the year, or the reading time when earlier. */
  referenceDate: string;
  /** Raised in the year, by the reference date. */
  raised: number;
  /** Of those, rectified at the reference date (not failed by a verification made by then). */
  rectified: number;
  /** Raised by the reference date (earlier years included), not rectified, past the deadline in force. */
  overdue: number;
  /** rectified / raised × 100 with one decimal; 100 when none was raised. */
  rectificationRate: number;
  items?: {
    raised: ProblemLedgerItem[];
    rectified: ProblemLedgerItem[];
    overdue: ProblemLedgerItem[];
  };
}

/** The latest rectification by the reference that counts, and its verification if any. */
function rectificationEvents(doc: ProblemDoc, referenceMs: number): EventRef[] {
  let verificationIndex = 0;
  const events: EventRef[] = [];
  doc.state.rectifications.forEach((r, i) => {
    const verification = r.verification ? doc.refs.verifications[verificationIndex++] : undefined;
    if (toMs(r.rectifiedAt) > referenceMs) return;
    events.push(doc.refs.rectifications[i] ?? doc.refs.raised);
    if (verification && r.verification && toMs(r.verification.verifiedAt) <= referenceMs)
      events.push(verification);
  });
  return events;
}

/** The extensions granted by the reference: the deadline in force rests on them. */
const extensionEvents = (doc: ProblemDoc, referenceMs: number): EventRef[] =>
  doc.state.extensions.flatMap((e, i) =>
    toMs(e.extendedAt) <= referenceMs && doc.refs.extensions[i] ? [doc.refs.extensions[i]] : [],
  );

/**
 * The ledger of the problems given (the unit's and those of the units below it), judged at the
 * end of the year or the reading time if earlier, with the domain's own rules. Problems raised
 * after the reference date, or in a later year, are left out.
 */
export function problemLedger(
  problems: readonly ProblemDoc[],
  year: number,
  readingTime: string,
  withItems = false,
): ProblemLedger {
  const window = yearWindow(year);
  const referenceMs = Math.min(window.endMs - 1, toMs(readingTime));
  const reference = new Date(referenceMs).toISOString();
  const known = [...problems]
    .filter((p) => toMs(p.raisedAt) <= referenceMs)
    .sort((a, b) => a._id.localeCompare(b._id));
  const raised = known.filter((p) => toMs(p.raisedAt) >= window.startMs);
  const rectified = raised.filter((p) => problemCountsAsRectified(p.state, reference));
  const overdue = known.filter((p) => isProblemOverdue(p.state, reference));
  const rate =
    raised.length === 0 ? 100 : Math.round((rectified.length / raised.length) * 1000) / 10;
  const item = (p: ProblemDoc, events: EventRef[]): ProblemLedgerItem => ({
    problemId: p._id,
    targetUnitId: p.targetUnitId,
    events,
  });
  return {
    year,
    referenceDate: reference,
    raised: raised.length,
    rectified: rectified.length,
    overdue: overdue.length,
    rectificationRate: rate,
    ...(withItems && {
      items: {
        raised: raised.map((p) => item(p, [p.refs.raised])),
        rectified: rectified.map((p) => item(p, rectificationEvents(p, referenceMs))),
        overdue: overdue.map((p) => item(p, [p.refs.raised, ...extensionEvents(p, referenceMs)])),
      },
    }),
  };
}
