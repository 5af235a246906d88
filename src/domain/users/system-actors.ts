/**
 * The ids recorded as `actorId` when the system acts rather than a user. No user may take one,
 * in any letter case: its events would read as the system's in the audit trail.
 */
export const SYSTEM_ACTOR_IDS = {
  /** Whoever holds BOOTSTRAP_ADMIN_TOKEN. */
  bootstrapAdmin: 'bootstrap-admin',
  /** Scheduled work (integrity anchors) and upgrades. */
  system: 'system',
  cli: 'cli',
  demo: 'demo',
  /** A request without a token. */
  anonymous: 'anonymous',
} as const;

const RESERVED: ReadonlySet<string> = new Set(Object.values(SYSTEM_ACTOR_IDS));

export const isReservedUserId = (id: string): boolean => RESERVED.has(id.toLowerCase());
