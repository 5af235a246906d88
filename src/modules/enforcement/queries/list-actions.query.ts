import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  ACTIONS,
  enforcementProjection,
  type ActionDoc,
} from '../../../../projections/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Page } from '../../shared/paging';
import { pageWithinUnit } from '../../shared/units-within';
import type { ListActionsQueryDto } from './enforcement.query-dto';

export class ListActionsQuery {
  constructor(readonly filter: ListActionsQueryDto) {}
}

export type ActionItem = Omit<ActionDoc, 'lastPosition'> & { id: string };

/** Accountability actions, newest decision first; filters combine (all must hold). */
@QueryHandler(ListActionsQuery)
export class ListActionsHandler implements IQueryHandler<ListActionsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListActionsQuery): Promise<Page<ActionItem>> {
    const filters: Record<string, string | number> = {};
    if (filter.targetUnitId) filters.targetUnitId = filter.targetUnitId;
    if (filter.targetPersonId) filters.targetPersonId = filter.targetPersonId;
    if (filter.incidentId) filters.incidentId = filter.incidentId;
    if (filter.year) filters.year = Number(filter.year);
    const page = await pageWithinUnit<ActionDoc>(
      this.readModels,
      { projection: enforcementProjection, collection: ACTIONS },
      {
        where: filters,
        unitField: 'targetUnitId',
        withinUnitId: filter.withinUnitId,
        sort: [
          ['decidedAt', -1],
          ['_id', 1],
        ],
        paging: filter,
      },
    );
    return {
      ...page,
      items: page.items.map(({ lastPosition: _, ...doc }) => ({ id: doc._id, ...doc })),
    };
  }
}
