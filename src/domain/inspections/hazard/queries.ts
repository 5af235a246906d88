import { toMs } from '../../shared/time';
import type { DeadlineExtension, Hazard, HazardState } from './state';

/**
 * A hazard's instants read once, to judge it at many reference times (a ledger's months): the
 * rules below are written on these, and the ISO forms read them afresh for each judgement.
 */
export interface HazardTimes {
  readonly level: Hazard['level'];
  readonly initialDeadlineMs: number;
  readonly rectifications: ReadonlyArray<{
    readonly rectifiedMs: number;
    readonly verification: { readonly verifiedMs: number; readonly passed: boolean } | null;
  }>;
  readonly extensions: ReadonlyArray<{
    readonly extension: DeadlineExtension;
    readonly extendedMs: number;
    readonly deadlineMs: number;
  }>;
  readonly supervision: { readonly listedMs: number; readonly delistedMs?: number } | null;
}

export function hazardTimes(hazard: Hazard): HazardTimes {
  const { supervision } = hazard;
  return {
    level: hazard.level,
    initialDeadlineMs: toMs(hazard.initialDeadline),
    rectifications: hazard.rectifications.map(({ rectifiedAt, verification }) => ({
      rectifiedMs: toMs(rectifiedAt),
      verification: verification && {
        verifiedMs: toMs(verification.verifiedAt),
        passed: verification.passed,
      },
    })),
    extensions: hazard.extensions.map((extension) => ({
      extension,
      extendedMs: toMs(extension.extendedAt),
      deadlineMs: toMs(extension.deadline),
    })),
    supervision: supervision && {
      listedMs: toMs(supervision.listedAt),
      ...(supervision.delistedAt !== undefined && { delistedMs: toMs(supervision.delistedAt) }),
    },
  };
}

/** The deadline in force at the reference: extensions granted after it do not count yet. */
export function deadlineAt(hazard: Hazard, referenceIso: string): string {
  return extensionInForce(hazard, referenceIso)?.deadline ?? hazard.initialDeadline;
}

/** The extension the deadline in force at the reference comes from; none: the initial deadline. */
export function extensionInForce(
  hazard: Hazard,
  referenceIso: string,
): DeadlineExtension | undefined {
  return extensionInForceAt(hazardTimes(hazard), toMs(referenceIso))?.extension;
}

/** `extensionInForce` on read instants: the first extension granted by then with the latest deadline. */
export function extensionInForceAt(
  times: HazardTimes,
  referenceMs: number,
): HazardTimes['extensions'][number] | undefined {
  let found: HazardTimes['extensions'][number] | undefined;
  for (const e of times.extensions) {
    if (
      e.extendedMs <= referenceMs &&
      e.deadlineMs > (found?.deadlineMs ?? times.initialDeadlineMs)
    )
      found = e;
  }
  return found;
}

/**
 * Rectified for the rectification rate at the reference: a general hazard once rectified and
 * not failed by a verification made by then; a major one only once verified passed by then.
 */
export function countsAsRectified(state: HazardState, referenceIso: string): boolean {
  return !!state && countsAsRectifiedAt(hazardTimes(state), toMs(referenceIso));
}

export function countsAsRectifiedAt(times: HazardTimes, referenceMs: number): boolean {
  return times.rectifications.some(({ rectifiedMs, verification }) => {
    // The outcome of the verification if it was made by the reference.
    const verdict =
      verification && verification.verifiedMs <= referenceMs ? verification.passed : undefined;
    return times.level === 'major'
      ? verdict === true
      : rectifiedMs <= referenceMs && verdict !== false;
  });
}

/** Not rectified (as in the rate) and the deadline in force passed: exactly at it is not overdue. */
export function isOverdue(state: HazardState, referenceIso: string): boolean {
  return !!state && isOverdueAt(hazardTimes(state), toMs(referenceIso));
}

export function isOverdueAt(times: HazardTimes, referenceMs: number): boolean {
  if (countsAsRectifiedAt(times, referenceMs)) return false;
  const deadlineMs = extensionInForceAt(times, referenceMs)?.deadlineMs ?? times.initialDeadlineMs;
  return deadlineMs < referenceMs;
}

/** 挂牌督办 in force at the reference: listed by then and not yet delisted. */
export function isUnderSupervision(state: HazardState, referenceIso: string): boolean {
  return !!state && isUnderSupervisionAt(hazardTimes(state), toMs(referenceIso));
}

export function isUnderSupervisionAt(times: HazardTimes, referenceMs: number): boolean {
  const { supervision } = times;
  if (!supervision) return false;
  const delisted = supervision.delistedMs !== undefined && supervision.delistedMs <= referenceMs;
  return supervision.listedMs <= referenceMs && !delisted;
}
