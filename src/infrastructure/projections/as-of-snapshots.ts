import type { Projection } from '../../../projections/projection';
import type { EventStore } from '../event-store/event-store.port';
import { AsOfSnapshot, type ReplayExtent } from './as-of-snapshot';

interface Entry {
  readonly asOfMs: number;
  readonly upToPosition: number;
  readonly replay: Promise<{ snapshot: AsOfSnapshot; extent: ReplayExtent }>;
  extent?: ReplayExtent;
}

/**
 * The last few as-of snapshots of a set of projections, reused while a fresh replay would apply
 * exactly the same events: the same `asOf` (or, when no event examined was recorded after either
 * time, any time from the latest one applied), the same `upToPosition`, and, when the replay ran
 * to the end of the log, no event appended since. Events are immutable and projections pure, so a
 * reused snapshot is the one a fresh replay would build. Snapshots are shared: read them only.
 */
export class AsOfSnapshots {
  /** Least recently used first. */
  private readonly entries: Entry[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
    private readonly capacity = 3,
  ) {}

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
    const replay = AsOfSnapshot.replay(this.store, this.projections, asOf, upToPosition);
    const entry: Entry = { asOfMs, upToPosition, replay };
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.shift();
    try {
      const { snapshot, extent } = await replay;
      entry.extent = extent;
      return snapshot;
    } catch (error) {
      this.forget(entry);
      throw error;
    }
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
