import type { Projection, ProjectionStore } from '../../../projections/projection';
import { compareIds } from '../../../projections/queries/sorted-groups';
import type { EventStore } from '../event-store/event-store.port';
import type { FindQuery } from '../read-store/read-store.port';
import { matchesWhere } from '../read-store/where';
import { toProjected } from './projection-slot';

type Doc = { _id: string } & Record<string, unknown>;

/** Recorded times from several instances may disagree by clock skew; scanning stops this far past `asOf`. */
export const AS_OF_SKEW_MS = 5 * 60 * 1000;

export interface DocumentSource {
  find<T extends { _id: string }>(
    projection: Projection,
    collection: string,
    query?: FindQuery,
  ): Promise<T[]>;
}

/** How far a replay went: whether another replay would apply the same events (see as-of-snapshots.ts). */
export interface ReplayExtent {
  readonly asOfMs: number;
  readonly upToPosition: number;
  /**
   * Why it stopped: past `upToPosition` (every event up to it was examined), past `asOf` plus the
   * skew (a later event), or at the end of the log (events appended later would be examined too).
   */
  readonly stop: 'position' | 'time' | 'end';
  /** The last position examined. */
  readonly lastPosition: number;
  /** Events examined from the start of the log (positions need not count events). */
  readonly events: number;
  /** An event examined was recorded after `asOf` and left out. */
  readonly skipped: boolean;
  /** The latest recording time (ms) among the events applied. */
  readonly maxRecordedMs: number;
}

/**
 * The replayed documents after every event up to `position` was applied (none skipped, none after),
 * all recorded by `maxRecordedMs`: a replay for any later `asOf` can go on from here.
 */
export interface ReplayCheckpoint {
  readonly position: number;
  /** Events in the log up to `position`. */
  readonly events: number;
  readonly maxRecordedMs: number;
  readonly collections: ReadonlyMap<string, ReadonlyMap<string, Doc>>;
}

export interface ReplayOptions {
  /** Go on from this checkpoint (its position must not pass `upToPosition`, nor its events `asOf`). */
  from?: ReplayCheckpoint;
  /**
   * Hand out a checkpoint each time this many more events were applied without a skip (a function
   * of the events examined so far, from the start of the log, and the position they reached).
   */
  checkpointEvery?: number | ((at: { examined: number; position: number }) => number);
  onCheckpoint?: (checkpoint: ReplayCheckpoint) => void;
}

/**
 * Read models as recorded at a past time: the projections replayed in memory over the events
 * recorded up to `asOf` (later ones ignored). Answers the same queries as the live read models,
 * in the same `_id` order (the assessment's explanations list events in the order read).
 * Documents are kept as the projections put them (no copies): neither projections nor readers
 * change a document they were given.
 */
export class AsOfSnapshot implements DocumentSource {
  private constructor(private readonly collections: Map<string, Map<string, Doc>>) {}

  /** `asOf`: only events recorded by then; `upToPosition`: only events up to that global position. */
  static async build(
    store: EventStore,
    projections: readonly Projection[],
    asOf: string,
    upToPosition = Number.MAX_SAFE_INTEGER,
  ): Promise<AsOfSnapshot> {
    return (await AsOfSnapshot.replay(store, projections, asOf, upToPosition)).snapshot;
  }

  /** As `build`, with how far the replay went. */
  static async replay(
    store: EventStore,
    projections: readonly Projection[],
    asOf: string,
    upToPosition = Number.MAX_SAFE_INTEGER,
    options: ReplayOptions = {},
  ): Promise<{ snapshot: AsOfSnapshot; extent: ReplayExtent }> {
    const { from, checkpointEvery = Number.MAX_SAFE_INTEGER, onCheckpoint } = options;
    const collections = from
      ? copyCollections(from.collections)
      : new Map<string, Map<string, Doc>>();
    const storeFor = (projection: Projection) => {
      const tables = new Map<string, Map<string, Doc>>();
      const table = (name: string) => {
        let docs = tables.get(name);
        if (!docs) {
          const key = `${projection.name}.${name}`;
          docs = collections.get(key) ?? new Map<string, Doc>();
          collections.set(key, docs);
          tables.set(name, docs);
        }
        return docs;
      };
      return {
        get: async <T extends { _id: string }>(name: string, id: string) =>
          (table(name).get(id) as T | undefined) ?? null,
        put: <T extends { _id: string }>(name: string, doc: T) =>
          void table(name).set(doc._id, doc as unknown as Doc),
        delete: (name: string, id: string) => void table(name).delete(id),
      };
    };
    const byType = new Map<string, { projection: Projection; store: ProjectionStore }[]>();
    for (const projection of projections) {
      const target = { projection, store: storeFor(projection) };
      for (const type of projection.handles)
        byType.set(type, [...(byType.get(type) ?? []), target]);
    }
    const limit = Date.parse(asOf);
    let stop: ReplayExtent['stop'] = 'end';
    let lastPosition = from?.position ?? 0;
    let examined = from?.events ?? 0;
    const spacing = typeof checkpointEvery === 'function' ? checkpointEvery : () => checkpointEvery;
    let skipped = false;
    let maxRecordedMs = from?.maxRecordedMs ?? Number.NEGATIVE_INFINITY;
    let nextCheckpoint = examined + spacing({ examined, position: lastPosition });
    for (let position = lastPosition; stop === 'end';) {
      const events = await store.readAll(position, { limit: 5000 });
      if (events.length === 0) break;
      for (const event of events) {
        position = event.position;
        if (position > upToPosition) {
          stop = 'position';
          break;
        }
        if (onCheckpoint && !skipped && examined >= nextCheckpoint) {
          onCheckpoint({
            position: lastPosition,
            events: examined,
            maxRecordedMs,
            collections: copyCollections(collections),
          });
          nextCheckpoint = examined + spacing({ examined, position: lastPosition });
        }
        lastPosition = position;
        examined++;
        const recorded = Date.parse(event.metadata.recordedAt);
        if (recorded > limit) {
          skipped = true;
          if (recorded > limit + AS_OF_SKEW_MS) {
            stop = 'time';
            break;
          }
          continue;
        }
        if (recorded > maxRecordedMs) maxRecordedMs = recorded;
        const targets = byType.get(event.type);
        if (!targets) continue;
        const projected = toProjected(event);
        for (const { projection, store: target } of targets) {
          await projection.apply(projected, target);
        }
      }
    }
    if (stop === 'end' && lastPosition >= upToPosition) stop = 'position';
    return {
      snapshot: new AsOfSnapshot(collections),
      extent: {
        asOfMs: limit,
        upToPosition,
        stop,
        lastPosition,
        events: examined,
        skipped,
        maxRecordedMs,
      },
    };
  }

  async find<T extends { _id: string }>(
    projection: Projection,
    collection: string,
    query: FindQuery = {},
  ) {
    const docs = [...(this.collections.get(`${projection.name}.${collection}`)?.values() ?? [])]
      .filter(matchesWhere(query.where))
      .sort((a, b) => compareIds(a._id, b._id));
    return docs as unknown as T[];
  }
}

/** New maps of the same documents (documents are never changed in place). */
function copyCollections(
  collections: ReadonlyMap<string, ReadonlyMap<string, Doc>>,
): Map<string, Map<string, Doc>> {
  return new Map([...collections].map(([name, docs]) => [name, new Map(docs)]));
}
