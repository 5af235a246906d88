import type { Projection } from '../../../projections/projection';
import type { ReadStore } from '../read-store/read-store.port';
import { checkpointName, generationAlias, isGenerationOf } from './generations';

/** Why a projection stopped moving: the last error's message, and since when it has failed. */
export interface ProjectionFailure {
  message: string;
  /** ISO time of the first failure since it last moved. */
  since: string;
}

export interface ProjectionStatus {
  name: string;
  version: number;
  generation: string | null;
  position: number;
  running: boolean;
  rebuilding: boolean;
  /** The live generation was built by this version of the projection. */
  current: boolean;
  /** When this instance runs it and its last batch failed. */
  failure?: ProjectionFailure;
}

/** A generation being projected by this instance (a live one or a rebuild). */
export interface SlotProgress {
  name: string;
  generation: string;
  position: number;
  building: boolean;
  failure?: ProjectionFailure;
}

/** Each projection's live generation and position: from `slots` when running here, else the store. */
export function statusesOf(
  projections: readonly Projection[],
  readStore: ReadStore,
  slots: readonly SlotProgress[],
): Promise<ProjectionStatus[]> {
  return Promise.all(
    projections.map(async (projection) => {
      const generation = await readStore.resolveAlias(generationAlias(projection));
      const running = slots.filter((slot) => slot.name === projection.name);
      const live = running.find((slot) => slot.generation === generation);
      const failure = running.find((slot) => slot.failure)?.failure;
      const position =
        live?.position ??
        (generation ? await readStore.getCheckpoint(checkpointName(projection, generation)) : 0);
      return {
        name: projection.name,
        version: projection.version,
        generation,
        position,
        running: running.length > 0,
        rebuilding: running.some((slot) => slot.building),
        current: isGenerationOf(projection, generation),
        ...(failure && { failure }),
      };
    }),
  );
}

/** Without a read-store round trip: every projection runs here, live, past `position`. */
function liveSlotsReach(
  projections: readonly Projection[],
  slots: readonly SlotProgress[],
  position: number,
): boolean {
  return projections.every((projection) =>
    slots.some(
      (slot) => slot.name === projection.name && !slot.building && slot.position >= position,
    ),
  );
}

/** The projections named in `only`, or all of them. */
const named = <T extends { name: string }>(all: readonly T[], only?: readonly string[]): T[] =>
  all.filter((item) => !only || only.includes(item.name));

/** Wakes the callers of `waitFor` whenever the projected positions may have moved. */
class ProgressWaiters {
  private readonly waiters = new Set<() => void>();

  /**
   * Resolves when `reached()` (checked first, then after each wake-up), or when every status is
   * current and at `position`; false after `timeoutMs`.
   */
  async waitFor(
    position: number,
    timeoutMs: number,
    reached: () => boolean,
    statuses: () => Promise<ProjectionStatus[]>,
  ): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (reached()) return true;
      if ((await statuses()).every((s) => s.current && s.position >= position)) return true;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      await this.next(Math.min(remaining, 50));
    }
  }

  notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private next(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const waiters = this.waiters;
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        waiters.delete(done);
        resolve();
      }
      waiters.add(done);
    });
  }
}

/**
 * What the rest of the service sees of the projections: ProjectionRunner (in the main thread) or
 * ProjectionThread (the runner in a worker thread of its own). Also the Nest injection token.
 */
export abstract class Projector {
  /** Notified by the implementation whenever its projected positions may have moved. */
  protected readonly waiters = new ProgressWaiters();
  protected abstract readonly projections: readonly Projection[];

  abstract start(): Promise<void>;
  abstract stop(): Promise<void>;
  /** Starts a rebuild of the named projections (all when none named) into new generations. */
  abstract rebuild(names?: readonly string[]): Promise<void>;
  /** Every generation this instance is projecting, with its position. */
  abstract progress(): SlotProgress[];
  /** Live position of each projection (the generation reads go to). */
  abstract status(): Promise<ProjectionStatus[]>;

  /**
   * Resolves when every projection's live generation (or only those named) has reached
   * `position`, false on timeout.
   */
  waitFor(position: number, timeoutMs: number, only?: readonly string[]): Promise<boolean> {
    return this.waiters.waitFor(
      position,
      timeoutMs,
      () => liveSlotsReach(named(this.projections, only), this.progress(), position),
      async () => named(await this.status(), only),
    );
  }
}
