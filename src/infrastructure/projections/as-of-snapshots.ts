import type { Projection } from '../../../projections/projection';
import type { EventStore } from '../event-store/event-store.port';
import { AsOfSnapshot, type ReplayCheckpoint, type ReplayExtent } from './as-of-snapshot';

interface Entry {
  readonly asOfMs: number;
  readonly upToPosition: number;
  readonly replay: Promise<{ snapshot: AsOfSnapshot; extent: ReplayExtent }>;
  extent?: ReplayExtent;
}

/** Fewest events between two checkpoints: copying the documents must stay cheap beside replaying. */
const MIN_CHECKPOINT_EVENTS = 5_000;

/**
 * Events between checkpoints, counted in events (positions may be byte offsets, as on
 * EventStoreDB): the log's length over the checkpoints kept, so that they spread evenly over it.
 * Before a replay has seen the log's length, it is estimated from how many events lay before the
 * position reached and where the log ends (`examined * lastPosition / position`).
 */
export function checkpointSpacing(
  at: { examined: number; position: number },
  log: { events?: number; lastPosition: number },
  capacity: number,
  minEvents: number,
): number {
  const { examined, position } = at;
  const estimate =
    log.events ?? (position > 0 ? Math.round((examined * log.lastPosition) / position) : examined);
  return Math.max(minEvents, Math.ceil(estimate / capacity));
}

/**
 * The last few as-of snapshots of a set of projections, reused while a fresh replay would apply
 * exactly the same events: the same `asOf` (or, when no event examined was recorded after either
 * time, any time from the latest one applied), the same `upToPosition`, and, when the replay ran
 * to the end of the log, no event appended since. Events are immutable and projections pure, so a
 * reused snapshot is the one a fresh replay would build. Snapshots are shared: read them only.
 *
 * A new snapshot is replayed from the latest checkpoint it can go on from: replays leave
 * checkpoints (the documents after a prefix of the log) spread over the log, so after the first
 * replay any other time costs at most the events between two checkpoints plus those up to it.
 */
export class AsOfSnapshots {
  /** Least recently used first. */
  private readonly entries: Entry[] = [];
  /** By position. */
  private checkpoints: ReplayCheckpoint[] = [];
  /** Events in the log as far as the longest replay saw (undefined before any replay ended). */
  private logEvents: number | undefined;

  private readonly capacity: number;
  private readonly checkpointCapacity: number;
  private readonly minCheckpointEvents: number;

  constructor(
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
    options: { snapshots?: number; checkpoints?: number; minCheckpointEvents?: number } = {},
  ) {
    this.capacity = options.snapshots ?? 3;
    this.checkpointCapacity = options.checkpoints ?? 12;
    this.minCheckpointEvents = options.minCheckpointEvents ?? MIN_CHECKPOINT_EVENTS;
  }

  /** Where the kept checkpoints are in the log. */
  get checkpointPositions(): number[] {
    return this.checkpoints.map((c) => c.position);
  }

  async at(asOf: string, upToPosition = Number.MAX_SAFE_INTEGER): Promise<AsOfSnapshot> {
    const asOfMs = Date.parse(asOf);
    let head: number | undefined;
    const lastPosition = async () => (head ??= await this.store.lastPosition());
    for (const entry of [...this.entries].reverse()) {
      if (entry.upToPosition !== upToPosition) continue;
      const building = !entry.extent && entry.asOfMs === asOfMs;
      if (building || (entry.extent && (await this.reusable(entry.extent, asOfMs, lastPosition)))) {
        this.touch(entry);
        try {
          return (await entry.replay).snapshot;
        } catch {
          break;
        }
      }
    }
    return this.build(asOf, asOfMs, upToPosition);
  }

  private async build(asOf: string, asOfMs: number, upToPosition: number): Promise<AsOfSnapshot> {
    const replay = this.replay(asOf, asOfMs, upToPosition);
    const entry: Entry = { asOfMs, upToPosition, replay };
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.shift();
    try {
      const { snapshot, extent } = await replay;
      entry.extent = extent;
      this.logEvents = Math.max(this.logEvents ?? 0, extent.events);
      return snapshot;
    } catch (error) {
      this.forget(entry);
      throw error;
    }
  }

  private async replay(asOf: string, asOfMs: number, upToPosition: number) {
    const from = [...this.checkpoints]
      .reverse()
      .find((c) => c.position <= upToPosition && c.maxRecordedMs <= asOfMs);
    const log = { events: this.logEvents, lastPosition: await this.store.lastPosition() };
    const every = (at: { examined: number; position: number }) =>
      checkpointSpacing(at, log, this.checkpointCapacity, this.minCheckpointEvents);
    return AsOfSnapshot.replay(this.store, this.projections, asOf, upToPosition, {
      from,
      checkpointEvery: every,
      onCheckpoint:
        this.checkpointCapacity > 0
          ? (checkpoint) =>
              this.keep(
                checkpoint,
                every({ examined: checkpoint.events, position: checkpoint.position }),
              )
          : undefined,
    });
  }

  /** Keeps checkpoints at least half an interval apart, dropping the most crowded beyond capacity. */
  private keep(checkpoint: ReplayCheckpoint, every: number): void {
    if (this.checkpoints.some((c) => Math.abs(c.events - checkpoint.events) < every / 2)) return;
    const kept = [...this.checkpoints, checkpoint].sort((a, b) => a.position - b.position);
    while (kept.length > this.checkpointCapacity) {
      let crowded = 1;
      for (let i = 2; i < kept.length; i++) {
        if (kept[i].events - kept[i - 1].events < kept[crowded].events - kept[crowded - 1].events)
          crowded = i;
      }
      kept.splice(crowded, 1);
    }
    this.checkpoints = kept;
  }

  private async reusable(
    extent: ReplayExtent,
    asOfMs: number,
    lastPosition: () => Promise<number>,
  ): Promise<boolean> {
    const sameEvents =
      extent.asOfMs === asOfMs ||
      // Every event examined was applied, and would be at `asOfMs` too.
      (!extent.skipped && asOfMs >= extent.maxRecordedMs && extent.stop !== 'time');
    if (!sameEvents) return false;
    return extent.stop !== 'end' || (await lastPosition()) === extent.lastPosition;
  }

  private touch(entry: Entry): void {
    this.forget(entry);
    this.entries.push(entry);
  }

  private forget(entry: Entry): void {
    const at = this.entries.indexOf(entry);
    if (at >= 0) this.entries.splice(at, 1);
  }
}
