import type { HazardEvent } from './events';
import type { Hazard, HazardRectification, HazardState } from './state';

export function evolveHazard(state: HazardState, event: HazardEvent): HazardState {
  if (event.type === 'HazardIdentified') {
    // Object.assign, not a spread: V8 clones slowly when a spread adds members the source lacks.
    return Object.assign({}, event.data, {
      initialDeadline: event.data.deadline,
      status: 'identified' as const,
      plan: null,
      supervision: null,
      rectifications: [],
      extensions: [],
    });
  }
  return state ? evolveIdentified(state, event) : state;
}

function evolveIdentified(hazard: Hazard, event: HazardEvent): Hazard {
  switch (event.type) {
    case 'HazardListedForSupervision':
      return { ...hazard, supervision: { ...event.data } };
    case 'HazardRectificationPlanned':
      return { ...hazard, plan: { ...event.data } };
    case 'HazardDeadlineExtended':
      return {
        ...hazard,
        deadline: event.data.deadline,
        extensions: [...hazard.extensions, { ...event.data }],
      };
    case 'HazardRectified':
      return {
        ...hazard,
        status: 'rectified',
        rectifications: [...hazard.rectifications, { ...event.data, verification: null }],
      };
    case 'HazardVerified': {
      const { rectifiedAt: _judged, ...verification } = event.data;
      return {
        ...hazard,
        status: verification.passed ? 'verified' : 'identified',
        rectifications: withLatest(hazard.rectifications, { verification }),
      };
    }
    case 'HazardDelisted':
      return hazard.supervision
        ? { ...hazard, supervision: { ...hazard.supervision, delistedAt: event.data.delistedAt } }
        : hazard;
    default:
      return hazard;
  }
}

function withLatest(
  rectifications: readonly HazardRectification[],
  change: Partial<HazardRectification>,
): HazardRectification[] {
  const latest = rectifications[rectifications.length - 1];
  return latest ? [...rectifications.slice(0, -1), { ...latest, ...change }] : [...rectifications];
}
