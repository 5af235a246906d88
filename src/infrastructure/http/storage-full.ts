const FULL_CODES: ReadonlySet<unknown> = new Set([
  'SQLITE_FULL',
  'ENOSPC',
  'EDQUOT',
  // MongoDB's OutOfDiskSpace
  14031,
]);

/**
 * Whether the error (or one it was caused by) says the storage is full: SQLite's "database or
 * disk is full", a file system out of space or quota, or MongoDB out of disk space.
 */
export function isStorageFull(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const { code, codeName, message } = current as {
      code?: unknown;
      codeName?: unknown;
      message?: unknown;
    };
    if (FULL_CODES.has(code) || codeName === 'OutOfDiskSpace') return true;
    if (typeof message === 'string' && /no space left on device/i.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
