import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  ACTIONS,
  enforcementProjection,
  type ActionDoc,
} from '../../../../projections/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { type Page, pageOf } from '../../shared/paging';
import { whereWithinUnit } from '../../shared/units-within';
import type { ListActionsQueryDto } from './enforcement.query-dto';

export class ListActionsQuery {
  constructor(readonly filter: ListActionsQueryDto) {}
}

export type ActionItem = ActionDoc & { id: string };

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
    const { limit, offset } = pageOf(filter);
    const where = await whereWithinUnit(
      this.readModels,
      filters,
      'targetUnitId',
      filter.withinUnitId,
    );
    if (!where) return { items: [], total: 0, limit, offset };
    const [docs, total] = await Promise.all([
      this.readModels.find<ActionDoc>(enforcementProjection, ACTIONS, {
        where,
        sort: [
          ['decidedAt', -1],
          ['_id', 1],
        ],
        limit,
        skip: offset,
      }),
      this.readModels.count(enforcementProjection, ACTIONS, where),
    ]);
    return { items: docs.map((doc) => ({ id: doc._id, ...doc })), total, limit, offset };
  }
}
