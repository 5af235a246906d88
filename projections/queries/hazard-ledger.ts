import {
  countsAsRectifiedAt,
  extensionInForceAt,
  type HazardTimes,
  hazardTimes,
  isOverdueAt,
  isUnderSupervisionAt,
} from '../../src/domain/inspections';
import { CST_OFFSET_MS, toMs } from '../../src/domain/shared/time';
import type { HazardDoc } from '../hazards';

export interface LedgerPeriod {
  /** `YYYY-MM` or `YYYY`, calendar in CST. */
  label: string;
  startMs: number;
  endMs: number;
}

/** A listed hazard whose deadline in force rests on a backdated or (old) late extension. */
export interface MarkedExtensionItem {
  hazardId: string;
  extendedAt: string;
  deadline: string;
  backdated: boolean;
  late?: true;
}

export interface HazardLedger {
  period: string;
  referenceDate: string;
  identified: number;
  rectified: number;
  overdue: number;
  /** Identified before the period and still open (not counted as rectified) at its start. */
  carriedOver: number;
  majorUnderSupervision: number;
  /** rectified / identified × 100 with one decimal; 100 when none was identified. */
  rectificationRate: number;
  items?: {
    identified: string[];
    rectified: string[];
    overdue: string[];
    carriedOver: string[];
    majorUnderSupervision: string[];
    markedExtensions: MarkedExtensionItem[];
  };
}

/** A CST month (`2025-03`) or year (`2025`) as an instant range. */
export function ledgerPeriod(label: string): LedgerPeriod {
  const [year, month] = label.split('-').map(Number);
  const start = Date.UTC(year, month ? month - 1 : 0, 1) - CST_OFFSET_MS;
  const end = (month ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1)) - CST_OFFSET_MS;
  return { label, startMs: start, endMs: end };
}

/**
 * 隐患台账, judged at the end of the period (or the reading time when earlier), with the domain's
 * own rules: identified, rectified, the rate and supervision over the hazards identified in the
 * period; `overdue` over every hazard identified by then, carried-over ones included. `hazards`
 * may hold others (later ones, closed ones): they are left out here.
 */
export function hazardLedger(
  hazards: readonly HazardDoc[],
  period: LedgerPeriod,
  readingTime: string,
  withItems = false,
): HazardLedger {
  return hazardLedgers(hazards, [period], readingTime, withItems)[0];
}

/** A hazard as the ledger judges it: its instants read once for every period. */
interface Judged {
  doc: HazardDoc;
  identifiedMs: number;
  times: HazardTimes;
}

/** `hazardLedger` for each of `periods` (a year's months), reading and ordering the hazards once. */
export function hazardLedgers(
  hazards: readonly HazardDoc[],
  periods: readonly LedgerPeriod[],
  readingTime: string,
  withItems = false,
): HazardLedger[] {
  const readingMs = toMs(readingTime);
  const lastReferenceMs = Math.max(...periods.map((p) => referenceOf(p, readingMs)));
  const judged = hazards
    .map((doc) => ({ doc, identifiedMs: toMs(doc.identifiedAt) }))
    .filter((h) => h.identifiedMs <= lastReferenceMs)
    .map((h): Judged => ({ ...h, times: hazardTimes(h.doc.state) }))
    .sort((a, b) => a.doc._id.localeCompare(b.doc._id));
  return periods.map((period) => ledgerOf(judged, period, readingMs, withItems));
}

/** The end of the period, or the reading time when earlier. */
const referenceOf = (period: LedgerPeriod, readingMs: number) =>
  Math.min(period.endMs - 1, readingMs);

function ledgerOf(
  hazards: readonly Judged[],
  period: LedgerPeriod,
  readingMs: number,
  withItems: boolean,
): HazardLedger {
  const referenceMs = referenceOf(period, readingMs);
  const reference = new Date(referenceMs).toISOString();
  const identified: Judged[] = [];
  const rectified: Judged[] = [];
  const overdue: Judged[] = [];
  const carriedOver: Judged[] = [];
  const supervised: Judged[] = [];
  // One pass over the hazards known by the reference, in the order of their ids.
  for (const h of hazards) {
    if (!(h.identifiedMs <= referenceMs)) continue;
    if (h.identifiedMs >= period.startMs) {
      identified.push(h);
      if (countsAsRectifiedAt(h.times, referenceMs)) rectified.push(h);
      if (h.doc.level === 'major' && isUnderSupervisionAt(h.times, referenceMs)) supervised.push(h);
    } else if (!countsAsRectifiedAt(h.times, period.startMs)) {
      carriedOver.push(h);
    }
    if (isOverdueAt(h.times, referenceMs)) overdue.push(h);
  }
  const rate =
    identified.length === 0 ? 100 : Math.round((rectified.length / identified.length) * 1000) / 10;
  const ids = (list: Judged[]) => list.map((h) => h.doc._id);
  return {
    period: period.label,
    referenceDate: reference,
    identified: identified.length,
    rectified: rectified.length,
    overdue: overdue.length,
    carriedOver: carriedOver.length,
    majorUnderSupervision: supervised.length,
    rectificationRate: rate,
    ...(withItems
      ? {
          items: {
            identified: ids(identified),
            rectified: ids(rectified),
            overdue: ids(overdue),
            carriedOver: ids(carriedOver),
            majorUnderSupervision: ids(supervised),
            markedExtensions: markedExtensions(
              [...new Set([...identified, ...carriedOver, ...overdue])],
              referenceMs,
            ),
          },
        }
      : {}),
  };
}

function markedExtensions(hazards: readonly Judged[], referenceMs: number): MarkedExtensionItem[] {
  return hazards
    .flatMap((h) => {
      const extension = extensionInForceAt(h.times, referenceMs)?.extension;
      if (!extension || (!extension.backdated && !extension.late)) return [];
      return [
        {
          hazardId: h.doc._id,
          extendedAt: extension.extendedAt,
          deadline: extension.deadline,
          backdated: extension.backdated,
          ...(extension.late && { late: extension.late }),
        },
      ];
    })
    .sort((a, b) => a.hazardId.localeCompare(b.hazardId));
}
