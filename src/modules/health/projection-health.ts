import type { EventStoreHealth } from '../../infrastructure/event-store/event-store.port';
import type { ReadStoreHealth } from '../../infrastructure/read-store/read-store.port';
import type { ProjectionStatus, SlotProgress } from '../../infrastructure/projections/projector';

/** How long a projection may stay behind the head without moving before it counts as stalled. */
export const STALL_AFTER_MS = 5_000;

/**
 * `current`: at the event store's head. `catching-up`: behind and moving (or being rebuilt by
 * another instance, whose progress this one cannot see). `stalled`: behind and still for longer
 * than STALL_AFTER_MS. `failing`: its last batch here failed.
 */
export type ProjectionState = 'current' | 'catching-up' | 'stalled' | 'failing';

export interface ProjectionHealth extends Omit<ProjectionStatus, 'failure'> {
  /** The event store's last position. */
  head: number;
  state: ProjectionState;
  failing: boolean;
  lastError?: string;
  failingSince?: string;
  stalledSince?: string;
}

/** Since when each projection has shown the same progress, as seen by successive looks. */
export class ProgressWatch {
  private readonly seen = new Map<string, { progress: string; since: number }>();

  /** The time `name` was first seen at `progress`: `now` when it has moved since the last look. */
  since(name: string, progress: string, now: number): number {
    const last = this.seen.get(name);
    if (last?.progress === progress) return last.since;
    this.seen.set(name, { progress, since: now });
    return now;
  }
}

/** One projection's health, from its status, the generations this instance runs, and the head. */
export function projectionHealth(
  status: ProjectionStatus,
  slots: readonly SlotProgress[],
  head: number,
  watch: ProgressWatch,
  now: number,
): ProjectionHealth {
  const { failure, ...rest } = status;
  const progress = [status.generation, status.position]
    .concat(slots.filter((s) => s.name === status.name).map((s) => `${s.generation}@${s.position}`))
    .join(' ');
  const since = watch.since(status.name, progress, now);
  const base = { ...rest, head, failing: failure !== undefined };
  if (failure) {
    return { ...base, state: 'failing', lastError: failure.message, failingSince: failure.since };
  }
  if (status.position >= head) return { ...base, state: 'current' };
  const rebuiltElsewhere = !status.running && !status.current;
  if (rebuiltElsewhere || now - since <= STALL_AFTER_MS) return { ...base, state: 'catching-up' };
  return { ...base, state: 'stalled', stalledSince: new Date(since).toISOString() };
}

/** Degraded when a projection fails or stalls: its read models no longer follow the writes. */
export const isDegraded = (projections: readonly ProjectionHealth[]): boolean =>
  projections.some((p) => p.state === 'failing' || p.state === 'stalled');

/** `GET /health`: 200 when `ok`, 503 otherwise. */
export interface HealthAnswer {
  status: 'ok' | 'degraded' | 'unavailable';
  eventStore: EventStoreHealth;
  readStore: ReadStoreHealth;
  projections: ProjectionHealth[];
}
