import type { EventRef } from './facts';

/**
 * Points are kept exact (no rounding), but binary floating point makes sums such as
 * 0.1 + 0.2 miss a bound by 1e-16. Comparisons against thresholds and caps allow this much.
 */
export const POINT_TOLERANCE = 1e-9;

/** `value ≥ bound`, allowing floating-point noise. */
export const atLeast = (value: number, bound: number): boolean => value >= bound - POINT_TOLERANCE;

/** `value > bound`, ignoring floating-point noise. */
export const exceeds = (value: number, bound: number): boolean => value > bound + POINT_TOLERANCE;

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** `amount`, at most `cap` when there is one. */
export const capped = (amount: number, cap: number | null): number =>
  cap === null ? amount : Math.min(amount, cap);

/** The references in first-seen order, each once, as plain `{ streamId, eventId }`. */
export function uniqueRefs(refs: Iterable<EventRef>): EventRef[] {
  const seen = new Map<string, Set<string>>();
  const out: EventRef[] = [];
  for (const ref of refs) {
    let ofStream = seen.get(ref.streamId);
    if (!ofStream) seen.set(ref.streamId, (ofStream = new Set()));
    else if (ofStream.has(ref.eventId)) continue;
    ofStream.add(ref.eventId);
    out.push(isPlain(ref) ? ref : { streamId: ref.streamId, eventId: ref.eventId });
  }
  return out;
}

/** Exactly `{ streamId, eventId }` (references are immutable, so a plain one is kept as is). */
function isPlain(ref: EventRef): boolean {
  let members = 0;
  for (const key in ref) {
    if (key !== 'streamId' && key !== 'eventId') return false;
    members += 1;
  }
  return members === 2 && Object.getPrototypeOf(ref) === Object.prototype;
}
