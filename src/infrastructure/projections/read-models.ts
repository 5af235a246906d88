import type { Projection } from '../../../projections/projection';
import type { FindQuery, ReadStore, Where } from '../read-store/read-store.port';
import { collectionAlias, isGenerationOf, physicalCollection } from './generations';
import type { Projector } from './projector';

const ALIAS_TTL_MS = 1000;

/**
 * A read of a projection whose live generation was built by an earlier version: this version is
 * rebuilding it, and its documents may lack what this version's reads need (answered 503).
 */
export class ReadModelRebuilding extends Error {
  constructor(readonly projection: string) {
    super(`The read model ${projection} is being rebuilt after an upgrade; retry shortly.`);
    this.name = 'ReadModelRebuilding';
  }
}

/** Reads of projected documents by logical name, through the live generation's alias. */
export class ReadModels {
  private readonly aliases = new Map<string, { physical: string | null; until: number }>();

  constructor(
    private readonly store: ReadStore,
    private readonly projector: Projector,
  ) {}

  async get<T extends { _id: string }>(projection: Projection, collection: string, id: string) {
    const physical = await this.resolve(projection, collection);
    return physical ? this.store.get<T>(physical, id) : null;
  }

  async find<T extends { _id: string }>(
    projection: Projection,
    collection: string,
    query: FindQuery = {},
  ) {
    const physical = await this.resolve(projection, collection);
    return physical ? this.store.find<T>(physical, query) : [];
  }

  async count(projection: Projection, collection: string, where?: Where) {
    const physical = await this.resolve(projection, collection);
    return physical ? this.store.count(physical, where) : 0;
  }

  /** Waits (up to `timeoutMs`) until every projection has applied the event at `position`. */
  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    return this.projector.waitFor(position, timeoutMs);
  }

  private async resolve(projection: Projection, collection: string): Promise<string | null> {
    const alias = collectionAlias(projection, collection);
    const cached = this.aliases.get(alias);
    if (cached && cached.until > Date.now()) return cached.physical;
    const physical = await this.store.resolveAlias(alias);
    if (physical && !this.ofThisVersion(projection, collection, physical)) {
      throw new ReadModelRebuilding(projection.name);
    }
    this.aliases.set(alias, { physical, until: physical ? Date.now() + ALIAS_TTL_MS : 0 });
    return physical;
  }

  private ofThisVersion(projection: Projection, collection: string, physical: string): boolean {
    const prefix = physicalCollection(projection, collection, '');
    return isGenerationOf(
      projection,
      physical.startsWith(prefix) ? physical.slice(prefix.length) : null,
    );
  }
}
