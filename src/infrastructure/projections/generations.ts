import type { Projection } from '../../../projections/projection';

/**
 * A projection is built into a generation of physical collections
 * (`<projection>_<collection>_<generation>`); aliases (`<projection>_<collection>`) point reads at
 * the live generation, and `gen_<projection>` names it. A rebuild fills a new generation while the
 * old one stays live, then switches every alias.
 */
export const generationAlias = (projection: Projection): string => `gen_${projection.name}`;
export const collectionAlias = (projection: Projection, collection: string): string =>
  `${projection.name}_${collection}`;
export const physicalCollection = (
  projection: Projection,
  collection: string,
  generation: string,
): string => `${projection.name}_${collection}_${generation}`;
export const checkpointName = (projection: Projection, generation: string): string =>
  `${projection.name}_${generation}`;

export const newGeneration = (projection: Projection, now: Date, salt: number): string =>
  `v${projection.version}g${now.getTime().toString(36)}${salt.toString(36)}`;

export const isGenerationOf = (
  projection: Projection,
  generation: string | null,
): generation is string => generation !== null && generation.startsWith(`v${projection.version}g`);
