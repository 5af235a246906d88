import type { EventStore } from '../../infrastructure/event-store/event-store.port';
import type { ReadModels } from '../../infrastructure/projections/read-models';
import { MIN_POSITION_WAIT_MS } from '../shared/min-position.interceptor';

/** The read models did not reach the event store's head in time: the caller may retry. */
export class ProjectionsBehind extends Error {
  constructor(readonly position: number) {
    super(`The read models have not reached position ${position} yet; retry.`);
    this.name = 'ProjectionsBehind';
  }
}

/** Waits until the read models hold every event recorded so far (they lag a write by a few ms). */
export async function readModelsAtHead(events: EventStore, readModels: ReadModels): Promise<void> {
  const head = await events.lastPosition();
  if (!(await readModels.waitFor(head, MIN_POSITION_WAIT_MS))) throw new ProjectionsBehind(head);
}
