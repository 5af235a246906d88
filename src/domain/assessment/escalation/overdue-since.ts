/**
 * Where the stretch of overdue time that contains `atMs` began: the last instant before it at which
 * the item was not overdue (a deadline: overdue right after it), or the first instant of the stretch
 * at which it was (a failed verification: overdue from it). `overdueAt` may change only at the
 * `changes` given (deadlines, rectifications, verifications, extensions, closures); the item must be
 * overdue at `atMs`.
 */
export function overdueSince(
  overdueAt: (ms: number) => boolean,
  changes: readonly number[],
  atMs: number,
): number {
  const before = [...new Set(changes.filter((ms) => ms < atMs))].sort((a, b) => b - a);
  let since = atMs;
  for (const ms of before) {
    // Between two changes the state holds: (ms, since) is overdue or not as ms + 1 is.
    if (ms + 1 < since && !overdueAt(ms + 1)) return since;
    if (!overdueAt(ms)) return ms;
    since = ms;
  }
  return since;
}
