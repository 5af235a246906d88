import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  enforcementProjection,
  PENALTIES,
  type PenaltyDoc,
} from '../../../../projections/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { type Page, pageOf } from '../../shared/paging';
import { whereWithinUnit } from '../../shared/units-within';
import type { ListPenaltiesQueryDto } from './enforcement.query-dto';

export class ListPenaltiesQuery {
  constructor(readonly filter: ListPenaltiesQueryDto) {}
}

export type PenaltyItem = PenaltyDoc & { id: string };

/** Penalties, newest decision first; revoked ones stay listed with `revoked: true`. */
@QueryHandler(ListPenaltiesQuery)
export class ListPenaltiesHandler implements IQueryHandler<ListPenaltiesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListPenaltiesQuery): Promise<Page<PenaltyItem>> {
    const filters: Record<string, string | number> = {};
    if (filter.enterpriseId) filters.enterpriseId = filter.enterpriseId;
    if (filter.enforcingUnitId) filters.enforcingUnitId = filter.enforcingUnitId;
    if (filter.year) filters.year = Number(filter.year);
    const { limit, offset } = pageOf(filter);
    const where = await whereWithinUnit(
      this.readModels,
      filters,
      'enterpriseId',
      filter.withinUnitId,
    );
    if (!where) return { items: [], total: 0, limit, offset };
    const [docs, total] = await Promise.all([
      this.readModels.find<PenaltyDoc>(enforcementProjection, PENALTIES, {
        where,
        sort: [
          ['decidedAt', -1],
          ['_id', 1],
        ],
        limit,
        skip: offset,
      }),
      this.readModels.count(enforcementProjection, PENALTIES, where),
    ]);
    return { items: docs.map((doc) => ({ id: doc._id, ...doc })), total, limit, offset };
  }
}
