import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  enforcementProjection,
  PENALTIES,
  type PenaltyDoc,
} from '../../../../projections/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Where } from '../../../infrastructure/read-store/read-store.port';
import { type Page, pageOf } from '../../shared/paging';
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
    const where: Record<string, string | number> = {};
    if (filter.enterpriseId) where.enterpriseId = filter.enterpriseId;
    if (filter.enforcingUnitId) where.enforcingUnitId = filter.enforcingUnitId;
    if (filter.year) where.year = Number(filter.year);
    const { limit, offset } = pageOf(filter);
    const [docs, total] = await Promise.all([
      this.readModels.find<PenaltyDoc>(enforcementProjection, PENALTIES, {
        where: where as Where,
        sort: [
          ['decidedAt', -1],
          ['_id', 1],
        ],
        limit,
        skip: offset,
      }),
      this.readModels.count(enforcementProjection, PENALTIES, where as Where),
    ]);
    return { items: docs.map((doc) => ({ id: doc._id, ...doc })), total, limit, offset };
  }
}
