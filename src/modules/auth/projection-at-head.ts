import type { Projection } from '../../../projections/projection';
import type { EventStore } from '../../infrastructure/event-store/event-store.port';
import type { Projector } from '../../infrastructure/projections/projector';
import { MIN_POSITION_WAIT_MS } from '../shared/min-position.interceptor';

/** The read models did not reach the event store's head in time: the caller may retry. */
export class ProjectionsBehind extends Error {
  constructor(readonly position: number) {
    super(`The read models have not reached position ${position} yet; retry.`);
    this.name = 'ProjectionsBehind';
  }
}

/**
 * Waits until the projection's live documents hold every event recorded so far (they lag a write
 * by a few ms). Only this projection: a rebuild of another one does not hold the caller up.
 */
export async function projectionAtHead(
  events: EventStore,
  projector: Projector,
  projection: Projection,
): Promise<void> {
  const head = await events.lastPosition();
  if (!(await projector.waitFor(head, MIN_POSITION_WAIT_MS, [projection.name])))
    throw new ProjectionsBehind(head);
}
