import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PENALTIES, type PenaltyDoc } from '../../../../projections/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Page } from '../../shared/paging';
import { pageOfDecisions } from './decisions-page';
import { type ListPenaltiesQueryDto, PENALTY_LIST } from './enforcement.query-dto';

export class ListPenaltiesQuery {
  constructor(readonly filter: ListPenaltiesQueryDto) {}
}

export type PenaltyItem = Omit<PenaltyDoc, 'lastPosition'> & { id: string };

/** Penalties, newest decision first unless sorted otherwise; revoked ones stay listed with `revoked: true`. */
@QueryHandler(ListPenaltiesQuery)
export class ListPenaltiesHandler implements IQueryHandler<ListPenaltiesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ filter }: ListPenaltiesQuery): Promise<Page<PenaltyItem>> {
    return pageOfDecisions<PenaltyDoc, typeof filter>(this.readModels, PENALTIES, {
      list: PENALTY_LIST,
      filter,
      fields: ['enterpriseId', 'enforcingUnitId'],
      unitField: 'enterpriseId',
    });
  }
}
