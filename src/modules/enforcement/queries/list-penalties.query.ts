import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PENALTIES, type PenaltyDoc, penaltyOf } from '../../../../projections/enforcement';
import { type PenaltyView, toPenaltyView } from '../../../domain/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Page } from '../../shared/paging';
import { pageOfDecisions } from './decisions-page';
import { type ListPenaltiesQueryDto, PENALTY_LIST } from './enforcement.query-dto';

export class ListPenaltiesQuery {
  constructor(readonly filter: ListPenaltiesQueryDto) {}
}

/** Penalties, newest decision first unless sorted otherwise; revoked ones stay listed with `revoked: true`. */
@QueryHandler(ListPenaltiesQuery)
export class ListPenaltiesHandler implements IQueryHandler<ListPenaltiesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ filter }: ListPenaltiesQuery): Promise<Page<PenaltyView>> {
    return pageOfDecisions<PenaltyDoc, typeof filter, PenaltyView>(this.readModels, PENALTIES, {
      list: PENALTY_LIST,
      filter,
      fields: ['enterpriseId', 'enforcingUnitId'],
      unitField: 'enterpriseId',
      view: (doc) => toPenaltyView(penaltyOf(doc)),
    });
  }
}
