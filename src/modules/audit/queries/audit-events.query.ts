import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AUDIT_EVENTS, auditProjection, type AuditEventDoc } from '../../../../projections/audit';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type {
  FieldCondition,
  RangeCondition,
} from '../../../infrastructure/read-store/read-store.port';
import type { Page } from '../../shared/paging';
import { pageWithinUnit } from '../../shared/units-within';
import { utc } from '../../shared/validators';
import type { AuditEventsQueryDto } from '../audit.query-dto';
import { auditedEvent } from './audited-event';
import { type EventEnvelope, toEnvelope } from './event-envelope';
import { givenFields } from '../../shared/filters';

export class AuditEventsQuery {
  constructor(readonly filter: AuditEventsQueryDto) {}
}

/** The audit trail, newest first, each event with its envelope as stored (upcast). */
@QueryHandler(AuditEventsQuery)
export class AuditEventsHandler implements IQueryHandler<AuditEventsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async execute({ filter }: AuditEventsQuery): Promise<Page<EventEnvelope>> {
    const where: Record<string, FieldCondition> = givenFields(filter, [
      'actorId',
      'type',
      'streamId',
    ]);
    const recorded: RangeCondition = {
      ...(filter.from ? { $gte: utc(filter.from) } : {}),
      ...(filter.to ? { $lte: utc(filter.to) } : {}),
    };
    if (Object.keys(recorded).length > 0) where.recordedAt = recorded;
    const page = await pageWithinUnit<AuditEventDoc>(
      this.readModels,
      { projection: auditProjection, collection: AUDIT_EVENTS },
      {
        where,
        unitField: 'unitId',
        withinUnitId: filter.withinUnitId,
        sort: [['position', -1]],
        paging: filter,
      },
    );
    const items: EventEnvelope[] = [];
    for (const doc of page.items) {
      const event = await auditedEvent(this.events, doc);
      if (event) items.push(toEnvelope(event));
    }
    return { ...page, items };
  }
}
