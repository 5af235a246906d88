import {
  countsAsRectified,
  extensionInForce,
  isOverdue,
  isUnderSupervision,
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
  const referenceMs = Math.min(period.endMs - 1, toMs(readingTime));
  const reference = new Date(referenceMs).toISOString();
  const start = new Date(period.startMs).toISOString();
  const known = [...hazards]
    .filter((h) => toMs(h.identifiedAt) <= referenceMs)
    .sort((a, b) => a._id.localeCompare(b._id));
  const identified = known.filter((h) => toMs(h.identifiedAt) >= period.startMs);
  const carriedOver = known.filter(
    (h) => toMs(h.identifiedAt) < period.startMs && !countsAsRectified(h.state, start),
  );
  const rectified = identified.filter((h) => countsAsRectified(h.state, reference));
  const overdue = known.filter((h) => isOverdue(h.state, reference));
  const supervised = identified.filter(
    (h) => h.level === 'major' && isUnderSupervision(h.state, reference),
  );
  const rate =
    identified.length === 0 ? 100 : Math.round((rectified.length / identified.length) * 1000) / 10;
  const ids = (list: HazardDoc[]) => list.map((h) => h._id);
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
              reference,
            ),
          },
        }
      : {}),
  };
}

function markedExtensions(hazards: readonly HazardDoc[], reference: string): MarkedExtensionItem[] {
  return hazards
    .flatMap((h) => {
      const extension = extensionInForce(h.state, reference);
      if (!extension || (!extension.backdated && !extension.late)) return [];
      return [
        {
          hazardId: h._id,
          extendedAt: extension.extendedAt,
          deadline: extension.deadline,
          backdated: extension.backdated,
          ...(extension.late && { late: extension.late }),
        },
      ];
    })
    .sort((a, b) => a.hazardId.localeCompare(b.hazardId));
}
