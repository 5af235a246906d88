import { Inject, Injectable } from '@nestjs/common';
import { unitsProjection, type UnitDoc } from '../../../projections/units';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import { Projector } from '../../infrastructure/projections/projector';
import { ReadModels } from '../../infrastructure/projections/read-models';
import { projectionAtHead } from './projection-at-head';

/** Where a unit, record or person lies for a scoped actor; `unknown` is left to the handler. */
export type Placement = 'within' | 'outside' | 'unknown';

/**
 * Places a person by the units where they hold or held a post: within a scope when one of those
 * units is. The units read model answers; a person it does not place within the scope is looked
 * up again once that read model holds every event recorded so far, so that a post appointed a
 * moment ago counts. Posts are never removed (an ended one was still held), so a person placed
 * within stays within.
 */
@Injectable()
export class PersonUnits {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly readModels: ReadModels,
    private readonly projector: Projector,
  ) {}

  async placeOf(personId: string, scopeUnitId: string): Promise<Placement> {
    if (await this.heldWithin(personId, scopeUnitId)) return 'within';
    await projectionAtHead(this.events, this.projector, unitsProjection);
    if (await this.heldWithin(personId, scopeUnitId)) return 'within';
    return (await this.held(personId, {})).length > 0 ? 'outside' : 'unknown';
  }

  private async heldWithin(personId: string, scopeUnitId: string): Promise<boolean> {
    return (await this.held(personId, { path: scopeUnitId })).length > 0;
  }

  private async held(personId: string, where: { path?: string }): Promise<UnitDoc[]> {
    return this.readModels.find<UnitDoc>(unitsProjection, 'units', {
      where: { personIds: personId, ...where },
    });
  }
}
