import { randomUUID } from 'node:crypto';

/** A server-chosen id when the client gives none: a prefix and 12 hex digits of a uuid. */
export const newId = (prefix: string): string =>
  `${prefix}-${randomUUID().replace(/-/g, '').slice(0, 12)}`;
