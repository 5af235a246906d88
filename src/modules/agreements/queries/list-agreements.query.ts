import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { agreementsProjection, type AgreementDoc } from '../../../../projections/agreements';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Where } from '../../../infrastructure/read-store/read-store.port';
import { type Page, pageOf } from '../../shared/paging';
import type { ListAgreementsQueryDto } from '../agreements.query-dto';

export class ListAgreementsQuery {
  constructor(readonly filter: ListAgreementsQueryDto) {}
}

@QueryHandler(ListAgreementsQuery)
export class ListAgreementsHandler implements IQueryHandler<ListAgreementsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListAgreementsQuery): Promise<Page<AgreementDoc>> {
    const where: Record<string, string | number> = {};
    if (filter.year) where.year = Number(filter.year);
    if (filter.responsibleUnitId) where.responsibleUnitId = filter.responsibleUnitId;
    if (filter.issuerUnitId) where.issuerUnitId = filter.issuerUnitId;
    if (filter.status) where.status = filter.status;
    const { limit, offset } = pageOf(filter);
    const [items, total] = await Promise.all([
      this.readModels.find<AgreementDoc>(agreementsProjection, 'agreements', {
        where: where as Where,
        sort: [
          ['year', -1],
          ['responsibleUnitId', 1],
        ],
        limit,
        skip: offset,
      }),
      this.readModels.count(agreementsProjection, 'agreements', where as Where),
    ]);
    return { items, total, limit, offset };
  }
}
