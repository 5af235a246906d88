import { agreementsProjection } from './agreements';
import { assessmentInputsProjection } from './assessment-inputs';
import { auditProjection } from './audit';
import { hazardsProjection } from './hazards';
import { enforcementProjection } from './enforcement';
import { incidentsProjection } from './incidents';
import { personsProjection } from './persons';
import { supervisionProjection } from './supervision';
import type { Projection } from './projection';
import { unitsProjection } from './units';

/** Every projection the service runs. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  unitsProjection,
  hazardsProjection,
  agreementsProjection,
  assessmentInputsProjection,
  incidentsProjection,
  enforcementProjection,
  supervisionProjection,
  personsProjection,
  auditProjection,
];
