import { notFound, stateConflict } from '../../shared/errors';
import type { Hazard, HazardState } from './state';

export function requireIdentified(state: HazardState): Hazard {
  if (!state) throw notFound('hazard_not_found', 'hazard not found');
  return state;
}

/** Refuses any change once the rectification has passed verification (and a major one is delisted). */
export function requireOpen(state: HazardState): Hazard {
  const hazard = requireIdentified(state);
  if (hazard.status === 'verified') {
    throw stateConflict('hazard_closed', `hazard ${hazard.id} has passed verification`);
  }
  return hazard;
}

/** Refuses while a rectification awaits verification. */
export function requirePendingRectification(state: HazardState): Hazard {
  const hazard = requireOpen(state);
  if (hazard.status === 'rectified') {
    throw stateConflict(
      'already_rectified',
      `hazard ${hazard.id} is rectified, awaiting verification`,
    );
  }
  return hazard;
}
