import { agreementsProjection } from './agreements';
import type { Projection } from './projection';
import { unitsProjection } from './units';

/** Every projection the service runs. */
export const ALL_PROJECTIONS: readonly Projection[] = [unitsProjection, agreementsProjection];
