import { memberOf } from '../shared/codes';

/** 事故性质, as the investigation concludes it; `pending` until then. */
export const CONCLUDED_NATURES = ['liability', 'non_liability', 'natural_disaster'] as const;
export type ConcludedNature = (typeof CONCLUDED_NATURES)[number];
export type IncidentNature = ConcludedNature | 'pending';

/** A conclusion that names no nature finds a liability incident (责任事故). */
export const DEFAULT_NATURE: ConcludedNature = 'liability';

/** Until the investigation concludes, whatever rests on the incident is provisional. */
export const isNaturePending = (nature: IncidentNature): boolean => nature === 'pending';

/** Non-liability incidents and natural disasters stay in the record and cost nothing. */
export const costsNothing = (nature: IncidentNature): boolean =>
  nature === 'non_liability' || nature === 'natural_disaster';

export const isConcludedNature = memberOf(CONCLUDED_NATURES);
