import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import {
  type IntegrityReport,
  verifyIntegrity,
} from '../../../infrastructure/event-store/integrity/integrity-verifier';

export class IntegrityQuery {}

/** Recomputes every hash and chain and checks the latest anchor: `{ ok, checked, firstBrokenPosition? }`. */
@QueryHandler(IntegrityQuery)
export class IntegrityHandler implements IQueryHandler<IntegrityQuery> {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  execute(): Promise<IntegrityReport> {
    return verifyIntegrity(this.events);
  }
}
