import type { Projection } from '../../../../projections/projection';
import type { DocumentSource } from '../../../infrastructure/projections/as-of-snapshot';
import { physicalCollection } from '../../../infrastructure/projections/generations';
import type { FindQuery, ReadStore } from '../../../infrastructure/read-store/read-store.port';

/**
 * Reads of the read store pinned to given generations (the ones whose positions the caller
 * holds), rather than through the aliases, which may already point at a newer generation.
 */
export class GenerationReads implements DocumentSource {
  constructor(
    private readonly store: ReadStore,
    private readonly generations: ReadonlyMap<string, string | null>,
  ) {}

  /** A projection without a live generation has no documents. */
  async find<T extends { _id: string }>(
    projection: Projection,
    collection: string,
    query: FindQuery = {},
  ): Promise<T[]> {
    const physical = this.physical(projection, collection);
    return physical ? this.store.find<T>(physical, query) : [];
  }

  async get<T extends { _id: string }>(
    projection: Projection,
    collection: string,
    id: string,
  ): Promise<T | null> {
    const physical = this.physical(projection, collection);
    return physical ? this.store.get<T>(physical, id) : null;
  }

  private physical(projection: Projection, collection: string): string | null {
    const generation = this.generations.get(projection.name);
    return generation ? physicalCollection(projection, collection, generation) : null;
  }
}
