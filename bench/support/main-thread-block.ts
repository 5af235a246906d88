/**
 * The longest time the main thread went without running a 1 ms interval timer while `work` ran:
 * the longest stretch in which it answered nothing else (its own code, or the garbage collector).
 */
export async function withLongestBlock<T>(
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; longestBlockMs: number }> {
  let last = performance.now();
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const probe = setInterval(tick, 1);
  const started = performance.now();
  last = started;
  try {
    const value = await work();
    const ms = performance.now() - started;
    tick();
    return { value, ms, longestBlockMs: longest };
  } finally {
    clearInterval(probe);
  }
}
