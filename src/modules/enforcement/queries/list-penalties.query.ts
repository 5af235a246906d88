import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  enforcementProjection,
  PENALTIES,
  type PenaltyDoc,
} from '../../../../projections/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Page } from '../../shared/paging';
import { pageWithinUnit } from '../../shared/units-within';
import type { ListPenaltiesQueryDto } from './enforcement.query-dto';

export class ListPenaltiesQuery {
  constructor(readonly filter: ListPenaltiesQueryDto) {}
}

export type PenaltyItem = Omit<PenaltyDoc, 'lastPosition'> & { id: string };

/** Penalties, newest decision first; revoked ones stay listed with `revoked: true`. */
@QueryHandler(ListPenaltiesQuery)
export class ListPenaltiesHandler implements IQueryHandler<ListPenaltiesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListPenaltiesQuery): Promise<Page<PenaltyItem>> {
    const filters: Record<string, string | number> = {};
    if (filter.enterpriseId) filters.enterpriseId = filter.enterpriseId;
    if (filter.enforcingUnitId) filters.enforcingUnitId = filter.enforcingUnitId;
    if (filter.year) filters.year = Number(filter.year);
    const page = await pageWithinUnit<PenaltyDoc>(
      this.readModels,
      { projection: enforcementProjection, collection: PENALTIES },
      {
        where: filters,
        unitField: 'enterpriseId',
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
