import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  ACTIONS,
  enforcementProjection,
  type ActionDoc,
} from '../../../../projections/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Where } from '../../../infrastructure/read-store/read-store.port';
import { type Page, pageOf } from '../../shared/paging';
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
    const where: Record<string, string | number> = {};
    if (filter.targetUnitId) where.targetUnitId = filter.targetUnitId;
    if (filter.targetPersonId) where.targetPersonId = filter.targetPersonId;
    if (filter.incidentId) where.incidentId = filter.incidentId;
    if (filter.year) where.year = Number(filter.year);
    const { limit, offset } = pageOf(filter);
    const [docs, total] = await Promise.all([
      this.readModels.find<ActionDoc>(enforcementProjection, ACTIONS, {
        where: where as Where,
        sort: [
          ['decidedAt', -1],
          ['_id', 1],
        ],
        limit,
        skip: offset,
      }),
      this.readModels.count(enforcementProjection, ACTIONS, where as Where),
    ]);
    return { items: docs.map((doc) => ({ id: doc._id, ...doc })), total, limit, offset };
  }
}
