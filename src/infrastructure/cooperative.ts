/**
 * Long computations written once as generators that `yield` between small steps (about a
 * millisecond of work each), then run either at once or in slices that let the event loop turn.
 */
export type Steps<T> = Generator<void, T, void>;

/** The longest stretch a sliced run computes before letting timers and I/O run. */
export const SLICE_MS = 10;

export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let until = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= until) {
      await nextTurn();
      until = performance.now() + sliceMs;
    }
  }
}

/** Resolves after the event loop has run its timers and I/O once (awaiting a promise does not). */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
