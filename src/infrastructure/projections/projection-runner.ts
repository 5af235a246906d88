import type { Logger } from 'pino';
import type { Projection } from '../../../projections/projection';
import type { EventStore, RecordedEvent, Subscription } from '../event-store/event-store.port';
import type { ReadStore } from '../read-store/read-store.port';
import {
  claimLeases,
  type InstanceLiveness,
  instanceOwner,
  NO_DEATHS_KNOWN,
} from '../leases/lease-claims';
import {
  checkpointName,
  collectionAlias,
  generationAlias,
  isGenerationOf,
  newGeneration,
} from './generations';
import { ProjectionSlot } from './projection-slot';
import {
  type ProjectionFailure,
  type ProjectionStatus,
  Projector,
  type SlotProgress,
  statusesOf,
} from './projector';

export type { ProjectionStatus } from './projector';

export interface ProjectionRunnerOptions {
  batchSize?: number;
  leaseTtlMs?: number;
  /** How long to wait before resubscribing after a failed batch. */
  retryDelayMs?: number;
  /**
   * Once caught up, the pause after each batch, so that events appended meanwhile (one or two
   * per command under load) are projected together in one unit of work. Adds at most this much
   * to the projection lag.
   */
  liveBatchDelayMs?: number;
  clock?: () => Date;
  /** Who holds the leases: unique per instance (a worker started again after a crash reuses it). */
  owner?: string;
  /** Which other holders have died: their leases are taken at once, expired or not. */
  liveness?: InstanceLiveness;
  /** Told the slots' progress after every batch and every change of slots. */
  onProgress?: (slots: SlotProgress[]) => void;
}

/** Failures are reported on /health, which needs no token: a message, never a stack. */
const MAX_MESSAGE = 500;

const leaseOf = (projection: Projection): string => `projection_${projection.name}`;

/**
 * Runs projections from one subscription: each batch is applied to every slot (projection
 * generation) this instance holds the lease for, with the documents and checkpoints written in
 * one unit of work. Rebuilds fill a new generation beside the live one and switch when caught up.
 */
export class ProjectionRunner extends Projector {
  readonly owner: string;
  private slots: ProjectionSlot[] = [];
  private subscription: Subscription | null = null;
  private leaseTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private stopped = true;
  private salt = 0;
  private readonly onProgress: (slots: SlotProgress[]) => void;
  private readonly batchSize: number;
  private readonly leaseTtlMs: number;
  private readonly retryDelayMs: number;
  private readonly liveBatchDelayMs: number;
  private readonly clock: () => Date;
  private readonly liveness: InstanceLiveness;
  /** Never rejects: a failed restart is recorded in `failure`. */
  private restarting: Promise<void> = Promise.resolve();
  /** Set while batches fail (all slots share each batch), cleared once one commits. */
  private failure: ProjectionFailure | null = null;

  constructor(
    protected readonly projections: readonly Projection[],
    private readonly eventStore: EventStore,
    private readonly readStore: ReadStore,
    private readonly logger: Logger,
    options: ProjectionRunnerOptions = {},
  ) {
    super();
    this.batchSize = options.batchSize ?? 5_000;
    this.leaseTtlMs = options.leaseTtlMs ?? 30_000;
    this.retryDelayMs = options.retryDelayMs ?? 1_000;
    this.liveBatchDelayMs = options.liveBatchDelayMs ?? 10;
    this.clock = options.clock ?? (() => new Date());
    this.onProgress = options.onProgress ?? (() => undefined);
    this.owner = options.owner ?? instanceOwner();
    this.liveness = options.liveness ?? NO_DEATHS_KNOWN;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.refreshLeases();
    this.leaseTimer = setInterval(
      () => void this.refreshLeases(),
      Math.max(1000, this.leaseTtlMs / 3),
    );
    this.leaseTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.leaseTimer) clearInterval(this.leaseTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.restarting;
    await this.subscription?.close();
    this.subscription = null;
    await Promise.all(
      [...new Set(this.slots.map((slot) => slot.projection))].map((projection) =>
        this.readStore.releaseLease(leaseOf(projection), this.owner),
      ),
    );
    this.slots = [];
    this.notify();
  }

  /** Starts a rebuild of the named projections (all when none named) into new generations. */
  async rebuild(names: readonly string[] = []): Promise<void> {
    const chosen = this.projections.filter((p) => names.length === 0 || names.includes(p.name));
    for (const name of names) {
      if (!this.projections.some((p) => p.name === name)) throw new Error(`No projection ${name}`);
    }
    await this.restart(() => {
      for (const projection of chosen) {
        if (!this.slots.some((slot) => slot.projection === projection)) continue;
        this.slots = this.slots.filter(
          (slot) => !(slot.projection === projection && slot.building),
        );
        this.slots.push(this.newSlot(projection));
      }
    });
  }

  /** Every generation this instance is projecting, with its position (live ones and rebuilds). */
  progress(): SlotProgress[] {
    return this.slots.map((slot) => ({
      name: slot.projection.name,
      generation: slot.generation,
      position: slot.position,
      building: slot.building,
      ...(this.failure && { failure: this.failure }),
    }));
  }

  status(): Promise<ProjectionStatus[]> {
    return statusesOf(this.projections, this.readStore, this.progress());
  }

  private async refreshLeases(): Promise<void> {
    if (this.stopped) return;
    try {
      const leases = await claimLeases(
        this.readStore,
        this.liveness,
        this.projections.map(leaseOf),
        this.owner,
        this.leaseTtlMs,
        this.clock(),
      );
      const held = new Set(
        this.projections.filter((p) => leases.has(leaseOf(p))).map((p) => p.name),
      );
      const current = new Set(this.slots.map((slot) => slot.projection.name));
      const changed = held.size !== current.size || [...held].some((name) => !current.has(name));
      if (changed || (!this.subscription && held.size > 0)) {
        const slots = await this.slotsFor(this.projections.filter((p) => held.has(p.name)));
        await this.restart(() => {
          this.slots = slots;
        });
      }
    } catch (error) {
      this.logger.error({ err: error }, 'projection lease refresh failed');
    }
  }

  private async slotsFor(projections: readonly Projection[]): Promise<ProjectionSlot[]> {
    const slots: ProjectionSlot[] = [];
    for (const projection of projections) {
      const existing = this.slots.filter((slot) => slot.projection === projection);
      if (existing.length > 0) {
        slots.push(...existing);
        continue;
      }
      const generation = await this.readStore.resolveAlias(generationAlias(projection));
      if (isGenerationOf(projection, generation)) {
        const position = await this.readStore.getCheckpoint(checkpointName(projection, generation));
        slots.push(new ProjectionSlot(projection, generation, position, false));
      } else {
        slots.push(this.newSlot(projection));
      }
    }
    return slots;
  }

  private newSlot(projection: Projection): ProjectionSlot {
    this.salt += 1;
    const slot = new ProjectionSlot(
      projection,
      newGeneration(projection, this.clock(), this.salt),
      0,
      true,
    );
    this.logger.info(
      { projection: projection.name, generation: slot.generation },
      'building projection generation',
    );
    return slot;
  }

  /** Stops the subscription, changes the slots, and subscribes again from the lowest position. */
  private restart(change: () => void): Promise<void> {
    const restarted = this.restarting.then(() => this.resubscribe(change));
    this.restarting = restarted.catch((error: unknown) => this.failed(error));
    return restarted;
  }

  private async resubscribe(change: () => void): Promise<void> {
    await this.subscription?.close();
    this.subscription = null;
    change();
    for (const slot of this.slots) await this.ensureCollections(slot);
    if (this.stopped || this.slots.length === 0) return;
    const from = Math.min(...this.slots.map((slot) => slot.position));
    this.subscription = this.eventStore.subscribe(from, (events) => this.handle(events), {
      batchSize: this.batchSize,
      onError: (error) => this.onSubscriptionError(error),
    });
    await this.switchCaughtUpGenerations();
    // Nothing left to fail on when every slot is at the head.
    if (this.failure && from >= (await this.eventStore.lastPosition())) this.failure = null;
    this.notify();
  }

  private async handle(events: RecordedEvent[]): Promise<void> {
    const slots = this.slots;
    const positions = await this.readStore.transaction(async (tx) => {
      const result: number[] = [];
      for (const slot of slots) result.push(await slot.apply(events, tx));
      return result;
    });
    slots.forEach((slot, i) => (slot.position = positions[i]));
    this.failure = null;
    if (slots.some((slot) => slot.building)) {
      await this.switchCaughtUpGenerations();
    }
    this.notify();
    if (events.length < this.batchSize && this.liveBatchDelayMs > 0 && !this.stopped) {
      await new Promise((resolve) => setTimeout(resolve, this.liveBatchDelayMs));
    }
  }

  /**
   * A building generation gets its indexes only when it goes live: nothing queries it before,
   * and indexing the finished documents once is far cheaper than keeping indexes through the
   * rebuild's many writes.
   */
  private async ensureCollections(slot: ProjectionSlot): Promise<void> {
    for (const [logical, physical] of slot.physicalNames()) {
      const declared = slot.projection.collections[logical];
      await this.readStore.ensureCollection(physical, slot.building ? { indexes: [] } : declared);
    }
  }

  /** A building generation that has reached the store's head becomes the live one. */
  private async switchCaughtUpGenerations(): Promise<void> {
    const head = await this.eventStore.lastPosition();
    for (const slot of this.slots.filter((s) => s.building && s.position >= head)) {
      const projection = slot.projection;
      const previous = await this.readStore.resolveAlias(generationAlias(projection));
      const live = new ProjectionSlot(projection, slot.generation, slot.position, false);
      await this.ensureCollections(live);
      for (const [logical, physical] of slot.physicalNames()) {
        await this.readStore.setAlias(collectionAlias(projection, logical), physical);
      }
      await this.readStore.setAlias(generationAlias(projection), slot.generation);
      this.slots = this.slots.filter((s) => s.projection !== projection).concat(live);
      this.logger.info(
        { projection: projection.name, generation: slot.generation, position: slot.position },
        'projection generation is live',
      );
      await this.dropGenerationsOtherThan(projection, [slot.generation, previous]);
    }
  }

  /** Keeps the new and the previous generation (readers may still hold the old alias briefly). */
  private async dropGenerationsOtherThan(
    projection: Projection,
    keep: readonly (string | null)[],
  ): Promise<void> {
    const kept = new Set(
      keep
        .filter((generation): generation is string => generation !== null)
        .flatMap((generation) => [
          ...new ProjectionSlot(projection, generation, 0, false).physicalNames().values(),
        ]),
    );
    const building = new Set(this.slots.flatMap((slot) => [...slot.physicalNames().values()]));
    const mine = Object.keys(projection.collections).map(
      (logical) => `${projection.name}_${logical}_`,
    );
    for (const name of await this.readStore.listCollections()) {
      if (
        mine.some((prefix) => name.startsWith(prefix)) &&
        !kept.has(name) &&
        !building.has(name)
      ) {
        await this.readStore.dropCollection(name);
      }
    }
  }

  private onSubscriptionError(error: unknown): void {
    this.logger.error({ err: error }, 'projection batch failed; retrying from the checkpoints');
    if (this.stopped) return;
    this.failed(error);
    this.retryTimer = setTimeout(() => {
      void this.slotsReloaded().catch((err: unknown) =>
        this.logger.error({ err }, 'projection restart failed'),
      );
    }, this.retryDelayMs);
    this.retryTimer.unref();
  }

  private async slotsReloaded(): Promise<void> {
    const positions = await Promise.all(
      this.slots.map((slot) => this.readStore.getCheckpoint(slot.checkpoint)),
    );
    await this.restart(() => {
      this.slots.forEach((slot, i) => (slot.position = positions[i]));
    });
  }

  /** Records the last error; `since` stays that of the first failure since the last success. */
  private failed(error: unknown): void {
    // Errors may come from another realm (a worker, a native addon), where instanceof fails.
    const { message } =
      typeof error === 'object' && error !== null && 'message' in error
        ? error
        : { message: error };
    this.failure = {
      message: String(message).slice(0, MAX_MESSAGE),
      since: this.failure?.since ?? this.clock().toISOString(),
    };
    this.notify();
  }

  private notify(): void {
    this.waiters.notify();
    this.onProgress(this.progress());
  }
}
