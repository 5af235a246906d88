import type { Projection } from './projection';

/** Every projection the service runs. */
export const ALL_PROJECTIONS: readonly Projection[] = [];
